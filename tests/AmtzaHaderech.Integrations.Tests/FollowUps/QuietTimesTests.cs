using AmtzaHaderech.Integrations.FollowUps.Calendar;
using static AmtzaHaderech.Integrations.Tests.FollowUps.QuietTimesFixture;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

public sealed class QuietTimesTests
{
    private readonly QuietTimes quiet = Create();

    [Theory]
    [InlineData("2024-11-12 09:59", false)] // Tuesday
    [InlineData("2024-11-12 20:59", false)]
    [InlineData("2024-11-12 21:00", true)] // night
    [InlineData("2024-11-13 07:59", true)]
    [InlineData("2024-11-13 08:00", false)]
    [InlineData("2024-11-15 13:59", false)] // Friday
    [InlineData("2024-11-15 14:00", true)]
    [InlineData("2024-11-16 12:00", true)] // Saturday
    [InlineData("2024-11-16 20:59", true)]
    [InlineData("2024-11-16 21:00", true)] // Shabbat is out, but it is night
    [InlineData("2024-11-17 08:00", false)] // Sunday
    [InlineData("2024-06-11 13:59", false)] // eve of Shavuot (a Tuesday)
    [InlineData("2024-06-11 14:00", true)]
    [InlineData("2024-06-12 12:00", true)] // Shavuot
    [InlineData("2024-10-17 10:00", true)] // Sukkot
    [InlineData("2024-10-04 10:00", true)] // Rosh Hashana, second day
    [InlineData("2024-10-11 10:00", false)] // Friday morning before Yom Kippur on Shabbat
    [InlineData("2024-10-11 14:00", true)]
    [InlineData("2024-10-25 13:59", false)] // Friday after Shemini Atzeret
    [InlineData("2025-04-29 20:59", false)] // evening before Memorial Day: no eve rule
    [InlineData("2025-04-30 08:00", true)] // Memorial Day
    [InlineData("2025-04-30 20:59", true)]
    [InlineData("2025-05-01 10:00", false)] // Independence Day is not quiet
    [InlineData("2024-05-06 10:00", true)] // Holocaust Remembrance Day
    [InlineData("2025-03-28 13:59", false)] // Friday clocks go forward
    [InlineData("2025-03-28 14:00", true)]
    [InlineData("2025-10-26 01:30", true)] // Sunday clocks go back: an hour that happens twice
    [InlineData("2025-10-26 08:00", false)]
    public void IsQuiet_IsraelWallTime_FollowsTheRules(string local, bool expected) =>
        Assert.Equal(expected, quiet.IsQuiet(Israel(local)));

    [Theory]
    [InlineData("2024-11-12 09:59", "2024-11-12 09:59")] // allowed: itself
    [InlineData("2024-11-12 21:00", "2024-11-13 08:00")]
    [InlineData("2024-11-13 03:00", "2024-11-13 08:00")]
    [InlineData("2024-11-15 15:00", "2024-11-17 08:00")] // Friday -> Sunday morning
    [InlineData("2024-11-16 21:00", "2024-11-17 08:00")] // Saturday night is still night
    [InlineData("2024-06-11 14:00", "2024-06-13 08:00")] // Shavuot eve -> the day after
    [InlineData("2024-10-02 14:00", "2024-10-06 08:00")] // Rosh Hashana Thu-Fri, then Shabbat
    [InlineData("2024-10-11 14:00", "2024-10-13 08:00")] // Yom Kippur on Shabbat
    [InlineData("2024-10-23 14:00", "2024-10-25 08:00")] // Shemini Atzeret on Thursday: Friday morning is open
    [InlineData("2025-04-11 14:00", "2025-04-14 08:00")] // Friday, Shabbat, Pesach on Sunday
    [InlineData("2026-05-21 14:00", "2026-05-24 08:00")] // Shavuot on Friday, then Shabbat
    [InlineData("2026-09-11 14:00", "2026-09-14 08:00")] // Rosh Hashana on Shabbat and Sunday
    [InlineData("2025-04-30 10:00", "2025-05-01 08:00")] // Memorial Day -> Independence Day morning
    public void NextAllowed_QuietInstant_ReturnsFirstAllowedInstant(string local, string expected) =>
        Assert.Equal(Israel(expected), quiet.NextAllowed(Israel(local)));

    [Fact]
    public void NextAllowed_NightBeforeClocksGoForward_ReturnsEightInSummerTime()
    {
        var next = quiet.NextAllowed(DateTimeOffset.Parse("2025-03-27T23:30:00Z")); // 01:30 winter time

        Assert.Equal(DateTimeOffset.Parse("2025-03-28T05:00:00Z"), next);
        Assert.Equal(TimeSpan.FromHours(3), next.Offset);
    }

    [Fact]
    public void NextAllowed_ShabbatBeforeClocksGoBack_ReturnsSundayEightInWinterTime()
    {
        var next = quiet.NextAllowed(DateTimeOffset.Parse("2025-10-25T18:00:00Z")); // Saturday 21:00 summer time

        Assert.Equal(DateTimeOffset.Parse("2025-10-26T06:00:00Z"), next);
        Assert.Equal(TimeSpan.FromHours(2), next.Offset);
    }

    [Theory]
    [InlineData("2024-11-12", "2024-11-12 10:00")] // Tuesday
    [InlineData("2024-11-15", "2024-11-15 10:00")] // Friday morning is open
    [InlineData("2024-11-16", "2024-11-17 08:00")] // Saturday
    [InlineData("2024-10-03", "2024-10-06 08:00")] // Rosh Hashana
    [InlineData("2025-04-30", "2025-05-01 08:00")] // Memorial Day
    [InlineData("2025-06-10", "2025-06-10 10:00")] // summer time
    public void SendTimeFor_DueDate_IsTenOrNextAllowed(string dueDate, string expected) =>
        Assert.Equal(Israel(expected), quiet.SendTimeFor(DateOnly.Parse(dueDate)));

    [Fact]
    public void SendTimeFor_SummerDate_IsTenIsraelTimeInUtc() =>
        Assert.Equal(DateTimeOffset.Parse("2025-06-10T07:00:00Z"), quiet.SendTimeFor(new DateOnly(2025, 6, 10)));

    [Fact]
    public void NextAllowed_DayWithTwoWindows_ReturnsTheNearerOne()
    {
        // A night that does not cross midnight and Shabbat over at 00:30 leave Saturday two
        // windows: 00:30-01:00 and 06:00-24:00.
        var twoWindows = Create(new QuietTimesOptions { NightStart = new(1, 0), NightEnd = new(6, 0), ResumeAfterRestAt = new(0, 30) });

        Assert.Equal(Israel("2024-11-16 00:30"), twoWindows.NextAllowed(Israel("2024-11-16 00:10")));
        Assert.Equal(Israel("2024-11-16 06:00"), twoWindows.NextAllowed(Israel("2024-11-16 01:00")));
    }
}
