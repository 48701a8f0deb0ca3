using System.Globalization;

namespace AmtzaHaderech.Integrations.Common;

/// A calendar month `yyyy-MM`, the period of the coordinators' monthly report.
public readonly record struct ReportMonth
{
    private static readonly CultureInfo Hebrew = CultureInfo.GetCultureInfo("he-IL");

    public ReportMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }
    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public bool Contains(DateOnly day) => day.Year == Year && day.Month == Month;

    /// "אוקטובר 2018".
    public string HebrewName => $"{Hebrew.DateTimeFormat.GetMonthName(Month)} {Year.ToString(CultureInfo.InvariantCulture)}";

    public override string ToString() => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        month = new ReportMonth(day.Year, day.Month);
        return true;
    }
}
