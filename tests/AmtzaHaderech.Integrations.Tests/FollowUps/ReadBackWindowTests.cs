using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// Which sessions' marked lists the evening read-back reads: today's and those of the
/// `WorkshopListReadDays` days before, never one still to come.
public class ReadBackWindowTests
{
    private static FollowUpsOptions Calendar(int? days, params string[] dates)
    {
        var options = new FollowUpsOptions();
        if (days is { } d) options.WorkshopListReadDays = d;
        options.Workshops["ksb"] = [.. dates.Select(date => new WorkshopOptions
        {
            Title = "סדנת קורות חיים",
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Time = new TimeOnly(10, 0),
            End = new TimeOnly(12, 0),
            Address = "רחוב ויצמן 140, כפר סבא",
            Seats = 12,
        })];
        return options;
    }

    private static IEnumerable<string> Read(FollowUpsOptions options, string today) =>
        ReadBackWindow.Sessions(options, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Select(s => s.Id);

    [Fact]
    public void Sessions_DefaultWeek_TodayAndTheSevenDaysBeforeNotLaterOrEarlier()
    {
        var options = Calendar(null, "2026-11-25", "2026-11-26", "2026-12-01", "2026-12-03", "2026-12-04");

        Assert.Equal(["ksb-20261126-1000", "ksb-20261201-1000", "ksb-20261203-1000"], Read(options, "2026-12-03"));
    }

    [Fact]
    public void Sessions_ZeroDays_TodaysOnly()
    {
        var options = Calendar(0, "2026-12-02", "2026-12-03");

        Assert.Equal(["ksb-20261203-1000"], Read(options, "2026-12-03"));
    }

    [Fact]
    public void Sessions_NoneInTheWindow_Nothing()
    {
        var options = Calendar(7, "2026-12-10");

        Assert.Empty(Read(options, "2026-12-03"));
    }
}
