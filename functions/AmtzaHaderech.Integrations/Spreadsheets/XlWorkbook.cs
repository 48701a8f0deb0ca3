using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// Writes composed sheets into an .xlsx package: every sheet right-to-left, header rows frozen
/// and printed atop every page, widths fitted, the title block merged and wrapped so printing
/// never cuts it, numbers as numbers, charts beside their tables. Sheet data is streamed with
/// OpenXmlWriter so a long call list costs no DOM.
internal static class XlWorkbook
{
    public static void Write(IReadOnlyList<XlSheet> sheets, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlStylesheet.Create();
        var sheetList = new Sheets();
        var names = new DefinedNames();
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var layout = new XlLayout(sheet);
            var drawingId = sheet.Charts.Count > 0 ? AddCharts(part, sheet) : null;
            XlSheetPart.Write(part, sheet, layout, drawingId);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
            AddNames(names, sheet, layout, sheetId - 1);
            sheetId++;
        }
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetList);
        if (names.HasChildren) workbookPart.Workbook.Append(names);
    }

    // Excel's built-in names, per sheet: what prints (the table and its charts), the header row
    // repeated atop each page, and the range the filter buttons work on.
    private static void AddNames(DefinedNames names, XlSheet sheet, XlLayout layout, uint sheetIndex)
    {
        var quoted = $"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'";
        var filter = sheet.Filter is { } f
            ? new DefinedName($"{quoted}!{XlNames.AbsoluteCell(f.FirstColumn, f.FirstRow)}:{XlNames.AbsoluteCell(f.LastColumn, f.LastRow)}")
            { Name = "_xlnm._FilterDatabase", LocalSheetId = sheetIndex, Hidden = true }
            : null;
        if (filter is not null) names.Append(filter);
        names.Append(new DefinedName($"{quoted}!{XlNames.AbsoluteCell(1, 1)}:{XlNames.AbsoluteCell(layout.Columns, layout.LastRow)}")
        { Name = "_xlnm.Print_Area", LocalSheetId = sheetIndex });
        if (layout.RepeatRow is { } repeat)
            names.Append(new DefinedName($"{quoted}!${repeat.ToString(CultureInfo.InvariantCulture)}:${repeat.ToString(CultureInfo.InvariantCulture)}")
            { Name = "_xlnm.Print_Titles", LocalSheetId = sheetIndex });
    }

    private static string AddCharts(WorksheetPart worksheetPart, XlSheet sheet)
    {
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        var drawing = new DocumentFormat.OpenXml.Drawing.Spreadsheet.WorksheetDrawing();
        var anchorColumn = sheet.ColumnCount + 1;
        var anchorRow = XlSheet.TitleRows;
        uint id = 2;
        foreach (var chart in sheet.Charts)
        {
            var chartPart = drawingsPart.AddNewPart<ChartPart>();
            chartPart.ChartSpace = XlChartPart.Create(sheet, chart);
            drawing.Append(XlChartPart.Anchor(drawingsPart.GetIdOfPart(chartPart), id++, chart.Title, anchorColumn, anchorRow));
            anchorRow += XlLayout.ChartRows;
        }
        drawingsPart.WorksheetDrawing = drawing;
        return worksheetPart.GetIdOfPart(drawingsPart);
    }
}
