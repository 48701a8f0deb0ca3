using System.Globalization;

namespace AmtzaHaderech.Integrations.Common;

/// Parsing of the values channels send, shared by every reader.
internal static class FieldParsing
{
    private static readonly string[] DayFirstFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "d-M-yyyy"];

    public static DateOnly? ParseDate(string? raw, IReadOnlyList<string>? formats = null)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        return DateOnly.TryParseExact(raw.Trim(), formats is null ? DayFirstFormats : [.. formats], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// A whole number >= 0, or null when the text is not one.
    public static int? ParseCount(string? raw) =>
        int.TryParse(raw?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// Desired scope: `מלאה` = 100, `חלקית` = 50, or a percent 1-100 (with or without %).
    public static int? ParseScope(string? raw)
    {
        var text = raw?.Trim().TrimEnd('%').Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text is "מלאה" or "משרה מלאה" or "full") return 100;
        if (text is "חלקית" or "משרה חלקית" or "partial") return 50;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is >= 1 and <= 100 ? percent : null;
    }

    /// `ז` male, `נ` female (the Employment Service's letters), stored as SPOT's M/F.
    public static string? ParseGender(string? raw) => raw?.Trim() switch
    {
        "ז" or "זכר" or "M" or "m" or "male" => "M",
        "נ" or "נקבה" or "F" or "f" or "female" => "F",
        _ => null,
    };

    public static bool IsDigits(string? text, int minLength, int maxLength) =>
        text is not null && text.Length >= minLength && text.Length <= maxLength && text.All(char.IsAsciiDigit);
}
