using System.Text;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// Cell references and sheet names as Excel wants them.
internal static class XlNames
{
    public static string Column(int column)
    {
        var name = new StringBuilder();
        for (; column > 0; column = (column - 1) / 26) name.Insert(0, (char)('A' + (column - 1) % 26));
        return name.ToString();
    }

    public static string Cell(int column, int row) => Column(column) + row;

    /// `'Sheet'!$A$4:$A$10`: the quotes always, a quote inside the name doubled.
    public static string Range(string sheet, int column, int firstRow, int lastRow) =>
        $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!${Column(column)}${firstRow}:${Column(column)}${lastRow}";

    /// `$A$1`.
    public static string AbsoluteCell(int column, int row) => $"${Column(column)}${row}";

    public static string Absolute(string sheet, int column, int row) =>
        $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!${Column(column)}${row}";

    /// Excel's rules: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '.
    public static string SheetName(string name)
    {
        var clean = new StringBuilder(name.Length);
        foreach (var ch in name) clean.Append(ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(ch) ? '_' : ch);
        var text = clean.ToString().Trim('\'').Trim();
        if (text.Length > 31) text = text[..31].TrimEnd('\'');
        // Excel keeps "History" for its change tracking.
        return text.Length == 0 ? "_" : text.Equals("History", StringComparison.OrdinalIgnoreCase) ? text + "_" : text;
    }

    /// A sheet name not yet taken (case-insensitively, as Excel compares them).
    public static string Unique(string name, ISet<string> taken)
    {
        var candidate = SheetName(name);
        for (var i = 2; !taken.Add(candidate); i++)
        {
            var suffix = $" ({i})";
            candidate = SheetName(name)[..Math.Min(SheetName(name).Length, 31 - suffix.Length)] + suffix;
        }
        return candidate;
    }
}
