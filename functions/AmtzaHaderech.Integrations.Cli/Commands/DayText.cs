using System.Globalization;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// The CLI's dates (`--as-of`, `--date`, `--from`, `--to`) are yyyy-MM-dd, read one way by every
/// command, so a date a staff member types means the same day wherever they type it.
internal static class DayText
{
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// An option that may be left out: absent gives null (the command's default); false only for
    /// a date that is there and wrong.
    public static bool TryParseOptional(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null) return true;
        if (!TryParse(text, out var parsed)) return false;
        day = parsed;
        return true;
    }
}
