using System.Globalization;
using System.Xml;
using AmtzaHaderech.Integrations.Common;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Tabular;

/// A worksheet's rows, read forward with a plain XmlReader (XlsxXml): one row in memory at a
/// time plus the shared strings, each cell at most FileLimits.MaxFieldCharacters, each part at
/// most MaxXlsxPartBytes characters, no DTD. The OpenXML SDK only finds the parts (with the same
/// part limit). Callers check the package first (XlsxPackageCheck), so that a zip bomb is refused
/// before even this much is read.
public static class XlsxSheetReader
{
    /// The named sheet's rows (the first sheet when no name is given); InvalidDataException when
    /// the workbook has no such sheet, FileTooLargeException at a cell over the limit, XmlException
    /// for a part that is no well-formed XML within the limits (a DTD included).
    public static IEnumerable<SheetRow> Rows(Stream stream, string? sheetName, FileLimits? limits = null)
    {
        limits ??= FileLimits.Default;
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxXlsxPartBytes });
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package holds no workbook.");
        var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [];
        var sheet = (string.IsNullOrWhiteSpace(sheetName)
                ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase)))
            ?? throw new InvalidDataException("The workbook has no such worksheet.");
        if (sheet.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart worksheet)
            throw new InvalidDataException("The sheet is no worksheet.");

        var date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
        var strings = SharedStrings(workbookPart.SharedStringTablePart, limits);
        var next = 1;
        using var xml = XlsxXml.Open(worksheet, limits);
        while (xml.Read())
        {
            if (!XlsxXml.IsStart(xml, "row")) continue;
            var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : next;
            next = number + 1;
            yield return new SheetRow(number, Cells(xml, strings, date1904, limits));
        }
    }

    private static List<string> SharedStrings(SharedStringTablePart? part, FileLimits limits)
    {
        var strings = new List<string>();
        if (part is null) return strings;
        using var xml = XlsxXml.Open(part, limits);
        while (xml.Read())
            if (XlsxXml.IsStart(xml, "si")) strings.Add(XlsxXml.RichText(xml, limits));
        return strings;
    }

    private static ListCell[] Cells(XmlReader row, List<string> strings, bool date1904, FileLimits limits)
    {
        var cells = new List<ListCell>();
        XlsxXml.Children(row, xml =>
        {
            if (!XlsxXml.IsStart(xml, "c")) return;
            var column = ColumnIndex(xml.GetAttribute("r")) ?? cells.Count;
            var cell = ValueOf(xml, strings, date1904, limits);
            while (cells.Count < column) cells.Add(ListCell.Empty);
            if (cells.Count == column) cells.Add(cell);
        });
        return [.. cells];
    }

    // The cell's value by its type (`t`): shared string, inline string, boolean, ISO date, a
    // formula's text or an error, else a number (a date serial as well).
    private static ListCell ValueOf(XmlReader cell, List<string> strings, bool date1904, FileLimits limits)
    {
        var type = cell.GetAttribute("t");
        string? raw = null;
        string? inline = null;
        XlsxXml.Children(cell, child =>
        {
            if (XlsxXml.IsStart(child, "v")) raw = XlsxXml.Text(child, limits);
            else if (XlsxXml.IsStart(child, "is")) inline = XlsxXml.RichText(child, limits);
        });
        switch (type)
        {
            case "s":
                return new ListCell(int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "");
            case "inlineStr":
                return new ListCell(inline ?? "");
            case "b":
                return new ListCell(raw is "1" or "true" ? "TRUE" : "FALSE", CellKind.Boolean);
            case "d":
                return new ListCell(raw ?? "", CellKind.Number,
                    DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? DateOnly.FromDateTime(iso) : null);
            case not (null or "n"):
                return new ListCell(raw ?? ""); // a formula's text, an error
        }
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
