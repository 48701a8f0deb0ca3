using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// Writes composed sheets into an .xlsx package: every sheet right-to-left, header rows frozen,
/// widths fitted, numbers as numbers, charts beside their tables. Sheet data is streamed with
/// OpenXmlWriter so a long call list costs no DOM.
internal static class XlWorkbook
{
    public static void Write(IReadOnlyList<XlSheet> sheets, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlStylesheet.Create();
        var sheetList = new Sheets();
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var drawingId = sheet.Charts.Count > 0 ? AddCharts(part, sheet) : null;
            WriteSheet(part, sheet, drawingId);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(part) });
        }
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheetList);
    }

    private static void WriteSheet(WorksheetPart part, XlSheet sheet, string? drawingId)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        // Printed (and converted to PDF) a sheet's width fits one page, charts beside the table included.
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(SheetView(sheet)));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        var columns = new Columns();
        var widths = sheet.ColumnWidths();
        for (var c = 0; c < widths.Length; c++)
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Round(widths[c], 2), CustomWidth = true });
        writer.WriteElement(columns);

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [XlCell.Label(sheet.Title, XlStyle.Title)]);
        WriteRow(writer, 2, [XlCell.Label(sheet.Subtitle, XlStyle.Subtitle)]);
        var rowNumber = XlSheet.TitleRows;
        foreach (var row in sheet.Rows)
        {
            rowNumber++;
            if (row.Length > 0) WriteRow(writer, rowNumber, row);
        }
        writer.WriteEndElement();

        writer.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (drawingId is not null) writer.WriteElement(new Drawing { Id = drawingId });
        writer.WriteEndElement();
    }

    private static SheetView SheetView(XlSheet sheet)
    {
        var view = new SheetView { RightToLeft = true, WorkbookViewId = 0 };
        if (sheet.FrozenRows == 0) return view;
        var topLeft = XlNames.Cell(1, sheet.FrozenRows + 1);
        view.Append(
            new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        return view;
    }

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, IReadOnlyList<XlCell> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.Text is null && cell.Number is null) continue;
            var reference = XlNames.Cell(c + 1, rowNumber);
            writer.WriteElement(cell.IsNumber
                ? new Cell(new CellValue(cell.Number!.Value.ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = (uint)cell.Style }
                : new Cell(new InlineString(new Text(cell.Text!) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = (uint)cell.Style,
                });
        }
        writer.WriteEndElement();
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
            anchorRow += 18;
        }
        drawingsPart.WorksheetDrawing = drawing;
        return worksheetPart.GetIdOfPart(drawingsPart);
    }
}
