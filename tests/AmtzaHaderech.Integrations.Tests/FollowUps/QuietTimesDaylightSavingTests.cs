using AmtzaHaderech.Integrations.FollowUps.Calendar;
using static AmtzaHaderech.Integrations.Tests.FollowUps.QuietTimesFixture;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// Configurations whose windows open inside a daylight-saving change, where a wall time does not
/// exist (spring, Friday 02:00 -> 03:00) or happens twice (autumn, Sunday 02:00 -> 01:00).
public sealed class QuietTimesDaylightSavingTests
{
    [Fact]
    public void NextAllowed_WindowStartsInSkippedHour_ReturnsTheMomentClocksJump()
    {
        var quiet = Create(new QuietTimesOptions { NightEnd = new(2, 30) });

        var next = quiet.NextAllowed(Israel("2025-03-28 00:30"));

        Assert.Equal(DateTimeOffset.Parse("2025-03-28T00:00:00Z"), next); // 03:00 summer time
    }

    [Fact]
    public void NextAllowed_WindowLiesWhollyInSkippedHour_SkipsToTheNextDayWithTheWindow()
    {
        var quiet = Create(new QuietTimesOptions { NightEnd = new(2, 30), NightStart = new(3, 0) });

        var next = quiet.NextAllowed(Israel("2025-03-28 00:30"));

        // Friday's window never happens and Shabbat has none: Sunday 02:30 summer time.
        Assert.Equal(DateTimeOffset.Parse("2025-03-29T23:30:00Z"), next);
    }

    [Theory]
    [InlineData("2025-10-25T21:30:00Z", "2025-10-25T22:30:00Z")] // 00:30 -> the first 01:30
    [InlineData("2025-10-25T22:45:00Z", "2025-10-25T22:45:00Z")] // the first 01:45 is allowed
    [InlineData("2025-10-25T23:10:00Z", "2025-10-25T23:30:00Z")] // the second 01:10 -> the second 01:30
    public void NextAllowed_WindowStartsInRepeatedHour_UsesTheRightRepetition(string instant, string expected)
    {
        var quiet = Create(new QuietTimesOptions { NightEnd = new(1, 30) });

        Assert.Equal(DateTimeOffset.Parse(expected), quiet.NextAllowed(DateTimeOffset.Parse(instant)));
    }
}
