using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// A session's sign-up list goes out on the last working day before it: nothing is posted on
/// Shabbat or a holiday, so Friday brings Sunday's lists and a holiday's eve those up to the next
/// working day.
public class SignUpListDaysTests
{
    private static readonly JewishHolidays Holidays = new();

    private static IEnumerable<string> ListedOn(string day) =>
        SignUpListDays.SessionDaysListedOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Holidays)
            .Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void SessionDaysListedOn_Wednesday_ThursdaysSessions() =>
        Assert.Equal(["2026-12-03"], ListedOn("2026-12-02"));

    [Fact]
    public void SessionDaysListedOn_Thursday_FridaysSessions() =>
        Assert.Equal(["2026-12-04"], ListedOn("2026-12-03"));

    [Fact]
    public void SessionDaysListedOn_Friday_SaturdaysAndSundaysSessions() =>
        Assert.Equal(["2026-12-05", "2026-12-06"], ListedOn("2026-12-04"));

    [Fact]
    public void SessionDaysListedOn_Shabbat_Nothing() =>
        Assert.Empty(ListedOn("2026-12-05"));

    [Fact]
    public void SessionDaysListedOn_FridayBeforeRoshHashanaOnShabbatAndSunday_ListsUpToMonday() =>
        // Rosh Hashana 5787: Saturday 12 and Sunday 13 September 2026.
        Assert.Equal(["2026-09-12", "2026-09-13", "2026-09-14"], ListedOn("2026-09-11"));

    [Fact]
    public void SessionDaysListedOn_YomKippursEve_TheHolidaysAndTheNextDays() =>
        // Yom Kippur 5787: Monday 21 September 2026.
        Assert.Equal(["2026-09-21", "2026-09-22"], ListedOn("2026-09-20"));

    [Fact]
    public void SessionDaysListedOn_AHoliday_Nothing() =>
        Assert.Empty(ListedOn("2026-09-21"));
}
