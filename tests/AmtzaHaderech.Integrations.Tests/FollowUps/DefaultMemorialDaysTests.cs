using AmtzaHaderech.Integrations.FollowUps.Calendar;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

public sealed class DefaultMemorialDaysTests
{
    // Israel's official dates, typed by hand: Yom HaShoah, then Yom HaZikaron.
    private static readonly (DateOnly Shoah, DateOnly Zikaron)[] Published =
    [
        (new(2024, 5, 6), new(2024, 5, 13)),
        (new(2025, 4, 24), new(2025, 4, 30)),
        (new(2026, 4, 14), new(2026, 4, 21)),
        (new(2027, 5, 4), new(2027, 5, 11)),
        (new(2028, 4, 24), new(2028, 5, 1)),
        (new(2029, 4, 12), new(2029, 4, 18)),
        (new(2030, 4, 30), new(2030, 5, 7)),
        (new(2031, 4, 21), new(2031, 4, 28)),
        (new(2032, 4, 8), new(2032, 4, 14)),
        (new(2033, 4, 26), new(2033, 5, 3)),
        (new(2034, 4, 17), new(2034, 4, 24)),
        (new(2035, 5, 7), new(2035, 5, 14)),
    ];

    [Fact]
    public void All_Defaults_AreThePublishedDates2024To2035() =>
        Assert.Equal(Published.SelectMany(p => new[] { p.Shoah, p.Zikaron }).Order(), DefaultMemorialDays.All.Order());

    [Fact]
    public void PublishedTable_EveryDate_FollowsThePostponementRules()
    {
        foreach (var (shoah, zikaron) in Published)
        {
            Assert.Equal(GaussPesach.YomHaShoah(shoah.Year), shoah);
            Assert.Equal(GaussPesach.YomHaZikaron(zikaron.Year), zikaron);
        }
    }

    [Fact]
    public void All_Defaults_FallOnSundayToThursday() =>
        Assert.All(DefaultMemorialDays.All, d => Assert.InRange((int)d.DayOfWeek, (int)DayOfWeek.Sunday, (int)DayOfWeek.Thursday));
}
