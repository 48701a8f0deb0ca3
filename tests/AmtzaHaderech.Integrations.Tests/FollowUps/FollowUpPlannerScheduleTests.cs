using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.TestData;
using static AmtzaHaderech.Integrations.Tests.FollowUps.PlannerData;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// The scheduler over time: daily runs with state, outages, catch-up and expiry.
public class FollowUpPlannerScheduleTests
{
    private static readonly DateOnly First = new(2018, 1, 1);
    private static readonly DateOnly Last = new(2018, 12, 31);

    private sealed record Run(DateOnly AsOf, FollowUpItem Item);

    // Every listed item is handled at its run: sent to the person, or (no_channel) to the coordinator.
    private static List<Run> Simulate(SpotSnapshot data, IEnumerable<DateOnly> days)
    {
        var planner = Planner();
        var state = PlannerState.Fresh;
        var runs = new List<Run>();
        foreach (var day in days)
        {
            var plan = planner.Plan(data, day, state);
            runs.AddRange(plan.Items.Select(item => new Run(day, item)));
            state = state.After(day, plan.Items);
        }
        return runs;
    }

    private static IEnumerable<DateOnly> Daily(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1)) yield return day;
    }

    [Fact]
    public void Plan_DailyRunsForAYear_SendsEveryItemOnceAndNoneTwice()
    {
        var data = Generated();
        var runs = Simulate(data, Daily(First, Last));

        Assert.Empty(runs.GroupBy(r => r.Item.Key).Where(g => g.Count() > 1).Select(g => g.Key));
        var expected = ExpectedFollowUps.RetentionDue(data, First.AddDays(-14), Last);
        Assert.True(expected.Count > 50, $"only {expected.Count} retention items generated");
        var retention = runs.Where(r => r.Item.Rule == FollowUpRules.Retention).ToList();
        Assert.Equal(expected.Keys.Order(), retention.Select(r => r.Item.Key).Order());
        // Daily runs send each item on its due date, except the backfill window of the first run.
        Assert.All(retention, r => Assert.Equal(r.Item.DueOn < First ? First : r.Item.DueOn, r.AsOf));
        Assert.Contains(runs, r => r.Item.Rule == FollowUpRules.Quarterly && r.AsOf > First);
        Assert.Contains(runs, r => r.Item.Rule == FollowUpRules.Exit);
    }

    [Fact]
    public void Plan_SevenDayOutage_CatchesUpOnceOnTheNextRun()
    {
        var data = Generated();
        var outageStart = new DateOnly(2018, 6, 10);
        var resume = outageStart.AddDays(7);
        var runs = Simulate(data, Daily(First, Last).Where(d => d < outageStart || d >= resume));

        Assert.Empty(runs.GroupBy(r => r.Item.Key).Where(g => g.Count() > 1).Select(g => g.Key));
        var missed = ExpectedFollowUps.RetentionDue(data, outageStart.AddDays(-1), resume.AddDays(-1));
        Assert.NotEmpty(missed);
        Assert.All(missed.Keys, key => Assert.Equal(resume, Assert.Single(runs, r => r.Item.Key == key).AsOf));
    }

    [Fact]
    public void Plan_TwentyDayOutage_StillCatchesUpItemsDueSincePreviousRun()
    {
        var data = Generated();
        var outageStart = new DateOnly(2018, 9, 1);
        var resume = outageStart.AddDays(20);
        var runs = Simulate(data, Daily(First, Last).Where(d => d < outageStart || d >= resume));

        var missed = ExpectedFollowUps.RetentionDue(data, outageStart.AddDays(-1), resume.AddDays(-1));
        Assert.NotEmpty(missed);
        Assert.All(missed.Keys, key => Assert.Equal(resume, Assert.Single(runs, r => r.Item.Key == key).AsOf));
        Assert.Equal(ExpectedFollowUps.RetentionDue(data, First.AddDays(-14), Last).Count, runs.Count(r => r.Item.Rule == FollowUpRules.Retention));
    }

    [Fact]
    public void Plan_EpisodeRecordedLate_ExpiresItemsDueMoreThan14DaysBeforePreviousRun()
    {
        var person = Person("P1", "2017-01-01");
        var previous = Day("2018-06-30");
        var state = PlannerState.Fresh.After(previous, []);
        // Start + 6 months is 20 days before P (expired); start + 12 months, after P - 14 (due).
        var job = Job("E1", "P1", DateMath.AddMonths(previous.AddDays(-20), -6).ToString("yyyy-MM-dd"));
        var data = Snapshot([person], [job]);
        var asOf = previous.AddDays(1);

        var all = Planner().Plan(data, asOf, state, includeAll: true).Items.Where(i => i.Rule == FollowUpRules.Retention).ToList();
        var plan = Planner().Plan(data, asOf, state).Items.Where(i => i.Rule == FollowUpRules.Retention).ToList();

        Assert.Equal(FollowUpStatuses.Expired, Assert.Single(all, i => i.Months == 6).Status);
        Assert.Equal(FollowUpStatuses.Expired, Assert.Single(all, i => i.Months == 3).Status);
        Assert.Empty(plan);
        var recent = Job("E2", "P1", DateMath.AddMonths(previous.AddDays(-10), -6).ToString("yyyy-MM-dd"));
        var caughtUp = Planner().Plan(Snapshot([person], [recent]), asOf, state).Items;
        Assert.Equal(6, Assert.Single(caughtUp, i => i.Rule == FollowUpRules.Retention).Months);
    }

    [Fact]
    public void Plan_QuarterlyAfterCheckInSent_DueAgain90DaysLaterUnlessAnswered()
    {
        var person = Person("P1", "2018-01-01");
        var data = Snapshot([person]);
        var first = Assert.Single(Planner().Plan(data, Day("2018-04-15"), PlannerState.Fresh).Items);
        Assert.Equal((FollowUpRules.Quarterly, Day("2018-04-01")), (first.Rule, first.DueOn));
        var state = PlannerState.Fresh.After(Day("2018-04-15"), [first]);

        Assert.Empty(Planner().Plan(data, Day("2018-07-13"), state).Items);
        Assert.Equal(Day("2018-07-14"), Assert.Single(Planner().Plan(data, Day("2018-07-14"), state).Items).DueOn);
        var answered = Snapshot([person], [], [Activity("A1", "P1", "2018-05-01", "status_update")]);
        Assert.Empty(Planner().Plan(answered, Day("2018-07-14"), state).Items);
        Assert.Equal(Day("2018-07-30"), Assert.Single(Planner().Plan(answered, Day("2018-07-30"), state).Items).DueOn);
    }
}
