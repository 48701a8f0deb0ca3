using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Tests.Municipal;

/// An inline-string cell (the other kind of text cell Excel and exporters write).
internal sealed record Inline(string Text);

/// Workbooks written with the OpenXML SDK for the reader's tests: sheets of rows whose values
/// become shared strings (string), inline strings (Inline), numbers (int, double) and booleans
/// (bool); null leaves the cell out, as Excel does with empty cells.
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, List<(uint Index, object?[] Values)> Rows)> _sheets = [];

    public bool Date1904 { get; init; }

    /// Cells without their `r` reference: placed one after another, as some exporters write them.
    public bool WithoutReferences { get; init; }

    public XlsxBuilder Sheet(string name)
    {
        _sheets.Add((name, []));
        return this;
    }

    public XlsxBuilder Row(uint index, params object?[] values)
    {
        if (_sheets.Count == 0) Sheet("Sheet1");
        _sheets[^1].Rows.Add((index, values));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = new List<string>();
            var sheets = new Sheets();
            var id = 1u;
            foreach (var (name, rows) in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData(rows.Select(r => RowOf(r.Index, r.Values, strings))));
                sheets.Append(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
            }
            var sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            workbookPart.Workbook = new Workbook(new WorkbookProperties { Date1904 = Date1904 }, sheets);
        }
        return stream.ToArray();
    }

    private Row RowOf(uint index, object?[] values, List<string> strings)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null) continue;
            var cell = values[i] switch
            {
                string text => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(Shared(text, strings)) },
                Inline inline => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text)) },
                bool flag => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
                int number => new Cell { CellValue = new CellValue(number) },
                double number => new Cell { CellValue = new CellValue(number) },
                var other => throw new ArgumentException($"No cell for {other!.GetType().Name}"),
            };
            if (!WithoutReferences) cell.CellReference = $"{(char)('A' + i)}{index}";
            row.Append(cell);
        }
        return row;
    }

    private static int Shared(string text, List<string> strings)
    {
        var at = strings.IndexOf(text);
        if (at >= 0) return at;
        strings.Add(text);
        return strings.Count - 1;
    }
}
