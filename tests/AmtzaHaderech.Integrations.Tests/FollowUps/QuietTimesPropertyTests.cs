using AmtzaHaderech.Integrations.FollowUps.Calendar;
using CsCheck;
using static AmtzaHaderech.Integrations.Tests.FollowUps.QuietTimesFixture;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

public sealed class QuietTimesPropertyTests
{
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Daylight-saving changes in Israel 2024-2026: the Friday clocks go forward, the Sunday they go back.
    private static readonly DateOnly[] ClockChanges =
        [new(2024, 3, 29), new(2024, 10, 27), new(2025, 3, 28), new(2025, 10, 26), new(2026, 3, 27), new(2026, 10, 25)];

    // Uniform instants mostly land on ordinary weekdays, so half the samples fall within three
    // days of a holiday, a memorial day or a clock change.
    private static Gen<DateTimeOffset> Instants(IReadOnlyList<DateOnly> anchors)
    {
        var uniform = Gen.Long[From.UtcTicks, To.UtcTicks].Select(ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
        var nearAnchor = Gen.Select(Gen.Int[0, anchors.Count - 1], Gen.Long[-3 * TimeSpan.TicksPerDay, 3 * TimeSpan.TicksPerDay],
            (index, ticks) => Israel($"{anchors[index]:yyyy-MM-dd} 12:00").AddTicks(ticks));
        return Gen.OneOf(uniform, nearAnchor);
    }

    private static IReadOnlyList<DateOnly> DefaultAnchors()
    {
        var holidays = new JewishHolidays();
        return [.. Enumerable.Range(2024, 7).SelectMany(y => holidays.ForGregorianYear(y)).Select(h => h.Date),
            .. DefaultMemorialDays.All, .. ClockChanges];
    }

    public static TheoryData<string> Configurations() => ["defaults", "window-in-spring-gap", "window-in-autumn-fold"];

    [Theory]
    [MemberData(nameof(Configurations))]
    public void NextAllowed_RandomInstant_IsTheFirstAllowedInstantAtOrAfterIt(string configuration)
    {
        var (options, anchors, iterations) = configuration switch
        {
            "defaults" => (new QuietTimesOptions(), DefaultAnchors(), 400),
            // The day's only window starts at 02:30, inside the hour skipped in spring.
            "window-in-spring-gap" => (new QuietTimesOptions { NightEnd = new(2, 30), NightStart = new(3, 0) }, ClockChanges, 150),
            // The day's window starts at 01:30, which happens twice in autumn.
            _ => (new QuietTimesOptions { NightEnd = new(1, 30) }, ClockChanges, 150),
        };
        var quiet = Create(options);

        Instants(anchors).Sample(instant =>
        {
            var next = quiet.NextAllowed(instant);

            Assert.False(quiet.IsQuiet(next));
            Assert.True(next >= instant);
            if (next == instant) return;
            Assert.True(quiet.IsQuiet(instant));
            Assert.True(quiet.IsQuiet(next.AddTicks(-1)), "the instant just before NextAllowed must be quiet");
            var firstMinute = new DateTimeOffset(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero).AddMinutes(1);
            for (var minute = firstMinute; minute < next; minute = minute.AddMinutes(1))
                Assert.True(quiet.IsQuiet(minute), $"{minute:O} is allowed but lies before NextAllowed {next:O}");
        }, iter: iterations, threads: 1, seed: null);
    }
}
