using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Tests.Reports.Evaluation;

public sealed class DayIntervalsTests
{
    [Theory]
    [InlineData("2019-08-31", "2019-03-01")] // 28 Feb + 6 months is only 28 Aug
    [InlineData("2020-08-31", "2020-03-01")] // leap year: 29 Feb + 6 months is only 29 Aug
    [InlineData("2019-03-31", "2018-10-01")] // 30 Sep + 6 months is 30 Mar
    [InlineData("2019-03-15", "2018-09-15")]
    [InlineData("2019-02-28", "2018-08-28")]
    public void FirstDayReaching_AnyDay_IsTheEarliestWhoseSixMonthsReachIt(string day, string expected)
    {
        var target = DateOnly.Parse(day);

        var first = DayIntervals.FirstDayReaching(target);

        Assert.True(DateMath.AddMonths(first, 6) >= target);
        Assert.True(DateMath.AddMonths(first.AddDays(-1), 6) < target);
        Assert.Equal(DateOnly.Parse(expected), first);
    }

    [Fact]
    public void Eligible_WorkingTwiceThenExited_LeavesTheDaysBetween()
    {
        var participant = new SpotParticipant { ParticipantId = "P", EnrolledOn = new DateOnly(2018, 1, 1), ExitedOn = new DateOnly(2018, 12, 31) };
        List<SpotEpisode> placements =
        [
            Job(new DateOnly(2018, 3, 1), new DateOnly(2018, 3, 31)),
            Job(new DateOnly(2018, 3, 20), new DateOnly(2018, 4, 10)), // overlaps the first
            Job(new DateOnly(2018, 6, 1), null),
            Job(new DateOnly(2018, 5, 1), new DateOnly(2018, 4, 1)), // ends before it starts: covers no day
        ];
        var into = new List<(int, int)>();

        DayIntervals.Eligible(participant, placements, into, []);

        Assert.Equal(
        [
            (new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2018, 2, 28).DayNumber),
            (new DateOnly(2018, 4, 11).DayNumber, new DateOnly(2018, 5, 31).DayNumber),
        ], into);
    }

    private static SpotEpisode Job(DateOnly start, DateOnly? end) => new() { EpisodeId = "E" + start, ParticipantId = "P", StartDate = start, EndDate = end };
}
