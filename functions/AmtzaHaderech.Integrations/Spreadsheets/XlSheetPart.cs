using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// One worksheet's XML, in the element order the schema requires: view, widths, rows, the
/// filter, the merged title block, entry checks, links, and the printed page (margins, paper,
/// a footer with the sheet's name and page number).
internal static class XlSheetPart
{
    public static void Write(WorksheetPart part, XlSheet sheet, XlLayout layout, string? drawingId)
    {
        // Relationships first: the writer below holds the part's stream.
        var links = Links(part, sheet);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        // Printed (and converted to PDF) a sheet's width fits one page, charts beside the table included.
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(SheetView(sheet)));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        var columns = new Columns();
        for (var c = 0; c < layout.Widths.Length; c++)
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Round(layout.Widths[c], 2), CustomWidth = true });
        writer.WriteElement(columns);

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [XlCell.Label(sheet.Title, XlStyle.Title)], layout.TitleHeight);
        WriteRow(writer, 2, [XlCell.Label(sheet.Subtitle, XlStyle.Subtitle)], layout.SubtitleHeight);
        var rowNumber = XlSheet.TitleRows;
        foreach (var row in sheet.Rows)
        {
            rowNumber++;
            if (row.Length > 0) WriteRow(writer, rowNumber, row, null);
        }
        writer.WriteEndElement();

        if (sheet.Filter is { } filter)
            writer.WriteElement(new AutoFilter { Reference = $"{XlNames.Cell(filter.FirstColumn, filter.FirstRow)}:{XlNames.Cell(filter.LastColumn, filter.LastRow)}" });
        if (layout.Columns > 1)
            writer.WriteElement(new MergeCells(
                new MergeCell { Reference = $"A1:{XlNames.Cell(layout.Columns, 1)}" },
                new MergeCell { Reference = $"A2:{XlNames.Cell(layout.Columns, 2)}" })
            { Count = 2 });
        if (sheet.Validations.Count > 0)
            writer.WriteElement(new DataValidations(sheet.Validations.Select(Validation)) { Count = (uint)sheet.Validations.Count });
        if (links.Count > 0)
            writer.WriteElement(new Hyperlinks(links.Select(l => new Hyperlink { Reference = l.Key, Id = l.Value })));

        writer.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteElement(new HeaderFooter(new OddFooter("&L&P/&N&R&A")));
        if (drawingId is not null) writer.WriteElement(new Drawing { Id = drawingId });
        writer.WriteEndElement();
    }

    // Cell reference -> relationship id of each link (a `tel:` number).
    private static Dictionary<string, string> Links(WorksheetPart part, XlSheet sheet)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; r < sheet.Rows.Count; r++)
            for (var c = 0; c < sheet.Rows[r].Length; c++)
                if (sheet.Rows[r][c].Link is { } link)
                    links[XlNames.Cell(c + 1, XlSheet.TitleRows + r + 1)] = part.AddHyperlinkRelationship(new Uri(link), isExternal: true).Id;
        return links;
    }

    private static DataValidation Validation(XlValidation v)
    {
        var range = new ListValue<StringValue> { InnerText = $"{XlNames.Cell(v.Range.FirstColumn, v.Range.FirstRow)}:{XlNames.Cell(v.Range.LastColumn, v.Range.LastRow)}" };
        if (v.Items is { } items)
            return new DataValidation(new Formula1($"\"{string.Join(',', items)}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = "ערך מהרשימה",
                Error = v.Message,
                SequenceOfReferences = range,
            };
        var from = v.From!.Value.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture);
        return new DataValidation(new Formula1(from))
        {
            Type = DataValidationValues.Date,
            Operator = DataValidationOperatorValues.GreaterThanOrEqual,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "תאריך",
            Error = v.Message,
            SequenceOfReferences = range,
        };
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

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, IReadOnlyList<XlCell> cells, double? height)
    {
        writer.WriteStartElement(height is { } h ? new Row { RowIndex = (uint)rowNumber, Height = h, CustomHeight = true } : new Row { RowIndex = (uint)rowNumber });
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.IsEmpty && cell.Style == XlStyle.Text) continue;
            var reference = XlNames.Cell(c + 1, rowNumber);
            writer.WriteElement(cell.IsEmpty ? new Cell { CellReference = reference, StyleIndex = (uint)cell.Style }
                : cell.IsNumber
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
}
