namespace AmtzaHaderech.Integrations.Common;

/// OWASP's rule against formula injection, the one rule for every file the hub writes for staff
/// to open (workbooks through Spreadsheets/CellText, CSV through SafeCsvWriter): a text
/// value starting with `=`, `+`, `-`, `@`, tab or CR can be taken for a formula when a
/// spreadsheet opens it, or when a person edits the cell or re-exports the sheet; a leading `'`
/// makes it text.
internal static class SpreadsheetText
{
    public static bool IsFormulaLike(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Neutralize(string? text) => text is null ? "" : IsFormulaLike(text) ? "'" + text : text;
}
