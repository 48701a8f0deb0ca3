using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

/// docs/metrics.md's date arithmetic.
public sealed class DateMathTests
{
    [Theory]
    [InlineData("1960-02-29", "2021-02-28", 60)] // a leap-day birthday ages on 1 March in other years
    [InlineData("1960-02-29", "2021-03-01", 61)]
    [InlineData("1960-02-29", "2020-02-28", 59)]
    [InlineData("1960-02-29", "2020-02-29", 60)]
    [InlineData("1968-03-14", "2026-03-13", 57)]
    [InlineData("1968-03-14", "2026-03-14", 58)]
    [InlineData("1968-12-31", "2026-01-01", 57)]
    public void Age_BirthAndDay_CompleteYears(string birth, string at, int expected) =>
        Assert.Equal(expected, DateMath.Age(DateOnly.Parse(birth), DateOnly.Parse(at)));

    [Theory]
    [InlineData("2024-01-31", 1, "2024-02-29")] // docs/metrics.md's examples: clamped to the month's end
    [InlineData("2023-01-31", 1, "2023-02-28")]
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2024-11-15", 3, "2025-02-15")]
    public void AddMonths_DayMissingInTargetMonth_Clamped(string date, int months, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DateMath.AddMonths(DateOnly.Parse(date), months));

    [Theory]
    [InlineData("2024-01-31", "2024-02-29", 0)] // 29 < 31: the month is not complete
    [InlineData("2024-01-31", "2024-03-31", 2)]
    [InlineData("2024-01-15", "2024-01-15", 0)]
    [InlineData("2024-01-15", "2025-01-14", 11)]
    [InlineData("2024-01-15", "2025-01-15", 12)]
    public void Months_TwoDates_CompleteMonths(string a, string b, int expected) =>
        Assert.Equal(expected, DateMath.Months(DateOnly.Parse(a), DateOnly.Parse(b)));
}
