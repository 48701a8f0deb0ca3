using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// Text from outside (names, phones, notes, employers) made safe to put in a cell, by the rule
/// every file the hub writes follows (SpreadsheetText: a leading `'` before `=`, `+`, `-`, `@`,
/// tab or CR). A risky cell also gets the quote-prefix style, so Excel keeps it text on re-entry.
internal static class CellText
{
    public static bool IsRisky(string? text) => SpreadsheetText.IsFormulaLike(text);

    public static string Neutralize(string? text) => SpreadsheetText.Neutralize(text);

    /// Israeli numbers in E.164 (+9725XXXXXXXX) read as staff dial them (05X-XXXXXXX), which
    /// also removes the leading `+`; anything else is neutralized as is.
    public static string Phone(string? phone)
    {
        if (phone is { Length: 13 } && phone.StartsWith("+9725", StringComparison.Ordinal) && phone.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false)
            return $"0{phone[4..6]}-{phone[6..]}";
        return Neutralize(phone);
    }

    /// `tel:+9725...` for a number in E.164 (a `+` and 8 to 15 digits), else null: nothing else
    /// from outside data becomes a link.
    public static string? TelUri(string? phone) =>
        phone is { Length: >= 9 and <= 16 } && phone[0] == '+' && !phone.AsSpan(1).ContainsAnyExceptInRange('0', '9') ? "tel:" + phone : null;
}
