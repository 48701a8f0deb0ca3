namespace AmtzaHaderech.Integrations.Common;

/// The date arithmetic of docs/metrics.md, shared by screening, metrics and follow-ups.
public static class DateMath
{
    /// Same day-of-month k months later, clamped to the month's last day.
    public static DateOnly AddMonths(DateOnly date, int months) => date.AddMonths(months);

    /// Complete months from a to b.
    public static int Months(DateOnly a, DateOnly b) =>
        (b.Year - a.Year) * 12 + (b.Month - a.Month) - (b.Day < a.Day ? 1 : 0);

    public static int Age(DateOnly birth, DateOnly at) =>
        at.Year - birth.Year - ((at.Month, at.Day).CompareTo((birth.Month, birth.Day)) < 0 ? 1 : 0);
}
