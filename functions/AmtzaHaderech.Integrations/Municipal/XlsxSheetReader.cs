using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Municipal;

/// A worksheet's rows, read with the SDK's streaming OpenXmlReader: one row in memory at a time
/// (plus the shared strings), so a long list costs no more than a short one.
public static class XlsxSheetReader
{
    /// The named sheet's rows (the first sheet when no name is given); InvalidDataException when
    /// the workbook has no such sheet.
    public static IEnumerable<SheetRow> Rows(Stream stream, string? sheetName)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package holds no workbook.");
        var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [];
        var sheet = (string.IsNullOrWhiteSpace(sheetName)
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase)))
            ?? throw new InvalidDataException("The workbook has no such worksheet.");
        if (sheet.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart worksheet)
            throw new InvalidDataException("The sheet is no worksheet.");

        var date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
        var strings = SharedStrings(workbookPart.SharedStringTablePart);
        var next = 1;
        foreach (var row in Elements<Row>(worksheet))
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : next;
            next = number + 1;
            yield return new SheetRow(number, Cells(row, strings, date1904));
        }
    }

    /// Every element of type T in the part, loaded one at a time.
    private static IEnumerable<T> Elements<T>(OpenXmlPart part) where T : OpenXmlElement
    {
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType == typeof(T) && reader.IsStartElement)
            {
                // Loading the element moves the reader past it, onto what follows: no Read() here.
                yield return (T)reader.LoadCurrentElement()!;
                more = !reader.EOF;
                continue;
            }
            more = reader.Read();
        }
    }

    private static List<string> SharedStrings(SharedStringTablePart? part) =>
        part is null ? [] : [.. Elements<SharedStringItem>(part).Select(TextOf)];

    private static ListCell[] Cells(Row row, List<string> strings, bool date1904)
    {
        var cells = new List<ListCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count < column) cells.Add(ListCell.Empty);
            if (cells.Count == column) cells.Add(ValueOf(cell, strings, date1904));
        }
        return [.. cells];
    }

    private static ListCell ValueOf(Cell cell, List<string> strings, bool date1904)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return new ListCell(int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "");
        if (type == CellValues.InlineString) return new ListCell(cell.InlineString is { } inline ? TextOf(inline) : "");
        if (type == CellValues.Boolean) return new ListCell(raw is "1" or "true" ? "TRUE" : "FALSE", CellKind.Boolean);
        if (type == CellValues.Date)
            return new ListCell(raw ?? "", CellKind.Number,
                DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? DateOnly.FromDateTime(iso) : null);
        if (type is not null && type != CellValues.Number) return new ListCell(raw ?? ""); // a formula's text, an error
        if (raw is null) return ListCell.Empty;
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new ListCell(NumberText(number), CellKind.Number, ExcelDate.FromSerial(number, date1904))
            : new ListCell(raw);
    }

    // A whole number as digits (a phone typed as a number, a birth year), never 5.07E+8.
    private static string NumberText(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);

    // Plain text or rich-text runs; phonetic hints (rPh) are no part of the value.
    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.ChildElements.Select(child => child switch
        {
            Text text => text.Text,
            Run run => run.Text?.Text,
            _ => null,
        }));

    /// 0-based column of a reference like `C3` or `AA10`.
    public static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') column = column * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') column = column * 26 + (c - 'a' + 1);
            else break;
            letters++;
        }
        return letters is > 0 and <= 3 ? column - 1 : null;
    }
}
