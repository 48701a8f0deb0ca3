using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.ReportBenchmarks.Runs;

/// The cells of a written workbook, sheet by sheet (read back untimed), and the ceiling: a bare
/// OpenXmlWriter writing exactly those cells, numbers as numbers and text inline, with no
/// styles, widths, frozen panes or charts.
public sealed class WorkbookCells
{
    private readonly List<List<List<(uint Row, List<(string Reference, double? Number, string? Text)> Cells)>>> _workbooks = [];

    public long Count { get; private set; }

    public static WorkbookCells Read(IEnumerable<byte[]> workbooks)
    {
        var cells = new WorkbookCells();
        foreach (var workbook in workbooks)
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
            var part = document.WorkbookPart!;
            var sheets = new List<List<(uint, List<(string, double?, string?)>)>>();
            cells._workbooks.Add(sheets);
            foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
            {
                var rows = new List<(uint, List<(string, double?, string?)>)>();
                foreach (var row in ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>())
                {
                    // Cells without a value (the call list's columns to fill in) are formatting, not cells to write.
                    var list = row.Elements<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString || c.CellValue is not null).Select(c => c.DataType?.Value == CellValues.InlineString
                        ? (c.CellReference!.Value!, (double?)null, c.InnerText)
                        : (c.CellReference!.Value!, double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture), (string?)null)).ToList();
                    cells.Count += list.Count;
                    rows.Add((row.RowIndex!.Value, list));
                }
                sheets.Add(rows);
            }
        }
        return cells;
    }

    /// Each workbook written again, bare, in memory; returns the bytes written.
    public long WriteBare()
    {
        long bytes = 0;
        foreach (var workbook in _workbooks)
        {
            using var output = new MemoryStream();
            WriteBare(workbook, output);
            bytes += output.Length;
        }
        return bytes;
    }

    private static void WriteBare(List<List<(uint Row, List<(string Reference, double? Number, string? Text)> Cells)>> workbook, Stream output)
    {
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new Sheets();
            uint id = 1;
            foreach (var rows in workbook)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    foreach (var (rowIndex, cells) in rows)
                    {
                        writer.WriteStartElement(new Row { RowIndex = rowIndex });
                        foreach (var (reference, number, text) in cells)
                            writer.WriteElement(number is { } n
                                ? new Cell(new CellValue(n.ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference }
                                : new Cell(new InlineString(new Text(text!))) { CellReference = reference, DataType = CellValues.InlineString });
                        writer.WriteEndElement();
                    }
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                sheets.Append(new Sheet { Name = "s" + id, SheetId = id, Id = workbookPart.GetIdOfPart(part) });
                id++;
            }
            workbookPart.Workbook = new Workbook(sheets);
        }
    }
}
