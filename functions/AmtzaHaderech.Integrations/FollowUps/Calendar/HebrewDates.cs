using System.Globalization;

namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// Days as the participants read them: `27/12/2026`, `יום ראשון, 27/12/2026`. The weekday names
/// are spelled out here rather than taken from he-IL, so the text is the same whatever culture
/// data the host has (invariant globalization has none).
internal static class HebrewDates
{
    private static readonly string[] DayNames = ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"];

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DayName(DateOnly day) => DayNames[(int)day.DayOfWeek];

    public static string WithWeekday(DateOnly day) => $"יום {DayName(day)}, {Date(day)}";
}
