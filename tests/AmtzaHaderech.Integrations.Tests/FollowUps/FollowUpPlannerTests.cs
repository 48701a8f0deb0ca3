using System.Text.Json;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Tests.Reports;
using static AmtzaHaderech.Integrations.Tests.FollowUps.PlannerData;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

public class FollowUpPlannerTests
{
    [Fact]
    public async Task Plan_SampleExportAt20181101_GivesExpectedRetentionAndQuarterlyItems()
    {
        var data = await SampleData.LoadAsync();
        using var expectedJson = JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(SampleData.SpotExportFolder, "expected-followups-2018-11-01.json")));
        var expected = expectedJson.RootElement.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("participantId").GetString(), i.GetProperty("rule").GetString(),
                i.GetProperty("months").ValueKind == JsonValueKind.Null ? (int?)null : i.GetProperty("months").GetInt32(),
                i.GetProperty("episodeId").GetString(), Day(i.GetProperty("dueOn").GetString()!)))
            .ToHashSet();

        var plan = Planner().Plan(data, Day("2018-11-01"), PlannerState.Fresh);

        var actual = plan.Items.Where(i => i.Rule is FollowUpRules.Retention or FollowUpRules.Quarterly)
            .Select(i => ((string?)i.ParticipantId, (string?)i.Rule, i.Months, i.EpisodeId, i.DueOn)).ToHashSet();
        Assert.Equal(expected.Count, actual.Count);
        Assert.Empty(expected.Except(actual));
        Assert.Equal(plan.Items.OrderBy(i => i.DueOn).ThenBy(i => i.ParticipantId, StringComparer.Ordinal)
            .ThenBy(i => i.Rule, StringComparer.Ordinal), plan.Items);
    }

    [Theory]
    [InlineData("2019-01-31", 3, "2019-04-30")]
    [InlineData("2019-11-30", 3, "2020-02-29")]
    [InlineData("2018-08-31", 6, "2019-02-28")]
    [InlineData("2018-01-31", 24, "2020-01-31")]
    public void Plan_MonthEndStart_RetentionDueOnClampedDay(string start, int k, string due)
    {
        var data = Snapshot([Person("P1", "2017-01-01")], [Job("E1", "P1", start)]);

        var item = Assert.Single(Planner().Plan(data, Day(due), PlannerState.Fresh).Items, i => i.Rule == FollowUpRules.Retention);

        Assert.Equal((k, "E1", Day(due)), (item.Months!.Value, item.EpisodeId!, item.DueOn));
        Assert.DoesNotContain(Planner().Plan(data, Day(due).AddDays(-1), PlannerState.Fresh).Items, i => i.Months == k);
    }

    [Fact]
    public void Plan_JanuaryThirtyFirstPlusOneMonth_DueOnLastDayOfFebruary()
    {
        var options = new FollowUpsOptions { RetentionMonths = [1] };
        var data = Snapshot([Person("P1", "2023-01-01"), Person("P2", "2024-01-01")],
            [Job("E1", "P1", "2023-01-31"), Job("E2", "P2", "2024-01-31")]);

        Assert.Equal(Day("2023-02-28"), Assert.Single(Planner(options).Plan(data, Day("2023-03-01"), PlannerState.Fresh).Items).DueOn);
        Assert.Equal(Day("2024-02-29"), Assert.Single(Planner(options).Plan(data, Day("2024-03-01"), PlannerState.Fresh).Items).DueOn);
    }

    [Fact]
    public void Plan_EndedOrPreEnrolmentJob_NoRetentionItem()
    {
        var data = Snapshot([Person("P1", "2018-01-01"), Person("P2", "2018-06-01")],
            [Job("E1", "P1", "2018-02-01", end: "2019-12-31"), Job("E2", "P2", "2018-05-01")]);

        Assert.DoesNotContain(Planner().Plan(data, Day("2018-08-01"), PlannerState.Fresh).Items, i => i.Rule == FollowUpRules.Retention);
    }

    [Fact]
    public void Plan_ExitCheck_OnlyActiveParticipantsStillInFirstJob()
    {
        var data = Snapshot(
            [Person("P1", "2018-01-01"), Person("P2", "2018-01-01", exited: "2018-07-15"),
             Person("P3", "2018-01-01"), Person("P4", "2018-01-01")],
            [Job("E1", "P1", "2018-02-10", end: "2018-08-10"), Job("E2", "P2", "2018-02-10"),
             Job("E3", "P3", "2018-02-10", end: "2018-08-09"), Job("E4", "P3", "2018-03-01"),
             Job("E5", "P4", "2018-02-10")]);

        var exits = Planner().Plan(data, Day("2018-08-10"), PlannerState.Fresh).Items.Where(i => i.Rule == FollowUpRules.Exit).ToList();

        Assert.Equal(["P1", "P4"], exits.Select(i => i.ParticipantId));
        Assert.All(exits, i => Assert.Equal((Day("2018-08-10"), 6, FollowUpChannels.Email), (i.DueOn, i.Months!.Value, i.Channel)));
        Assert.Equal("E1", exits[0].EpisodeId);
    }

    [Fact]
    public void Plan_Channels_SmsForMobileElseEmailElseNoChannel()
    {
        var people = new[]
        {
            Person("P1", "2018-01-01"), Person("P2", "2018-01-01", phone: "03-6123456", email: "a@example.org"),
            Person("P3", "2018-01-01", phone: null, email: "not an address"), Person("P4", "2018-01-01"),
        };
        var state = PlannerState.Fresh with { Unsubscribed = new HashSet<string> { "P4" } };

        var items = Planner().Plan(Snapshot(people), Day("2018-06-04"), state).Items;

        Assert.Equal([FollowUpChannels.Sms, FollowUpChannels.Email, FollowUpChannels.None, FollowUpChannels.None], items.Select(i => i.Channel));
        Assert.Equal([FollowUpStatuses.Due, FollowUpStatuses.Due, FollowUpStatuses.NoChannel, FollowUpStatuses.NoChannel], items.Select(i => i.Status));
        Assert.All(items, i => Assert.Null(i.SendAt));
    }

    [Fact]
    public void Plan_OnSaturday_DeferredToSundayMorning()
    {
        // Shabbat is quiet until 21:00, when the night begins.
        var item = Assert.Single(Planner().Plan(Snapshot([Person("P1", "2018-01-01")]), Day("2018-06-02"), PlannerState.Fresh).Items);

        Assert.Equal(FollowUpStatuses.Deferred, item.Status);
        Assert.Equal(QuietTimesFixture.Israel("2018-06-03 08:00"), item.SendAt);
    }

    [Fact]
    public void Plan_MeetingsAndConferences_RemindedBeforehandOnlyWhenDue()
    {
        var data = Snapshot([Person("P1", "2018-01-01"), Person("P2", "2018-01-01")], [Job("E1", "P1", "2018-01-05"), Job("E2", "P2", "2018-01-05")],
            [Activity("A1", "P1", "2018-06-10", "meeting"), Activity("A2", "P2", "2018-06-12", "meeting"),
             Activity("A3", "P1", "2018-06-05", "phone")]);
        ConferenceInvitation[] invitations =
            [new("P1", Day("2018-06-10"), Answered: false), new("P2", Day("2018-06-10"), Answered: true)];

        // 2018-06-10 is a Sunday: its meeting is reminded on Thursday 2018-06-07.
        var thursday = Planner().Plan(data, Day("2018-06-07"), PlannerState.Fresh, invitations).Items;
        var monday = Planner().Plan(data, Day("2018-06-11"), PlannerState.Fresh, invitations).Items;

        Assert.Equal([(FollowUpRules.Conference, "P1", Day("2018-06-07")), (FollowUpRules.Meeting, "P1", Day("2018-06-07"))],
            thursday.Select(i => (i.Rule, i.ParticipantId, i.DueOn)));
        Assert.Equal([(FollowUpRules.Meeting, "P2", Day("2018-06-11"))], monday.Select(i => (i.Rule, i.ParticipantId, i.DueOn)));
    }

    [Fact]
    public void Plan_WithAll_ListsSentItems()
    {
        var data = Snapshot([Person("P1", "2018-01-01")], [Job("E1", "P1", "2018-02-01")]);
        var planner = Planner();
        var first = planner.Plan(data, Day("2018-05-01"), PlannerState.Fresh);
        var state = PlannerState.Fresh.After(Day("2018-05-01"), first.Items);

        Assert.Empty(planner.Plan(data, Day("2018-05-02"), state).Items);
        var all = planner.Plan(data, Day("2018-05-02"), state, includeAll: true).Items;
        Assert.Equal((FollowUpRules.Retention, FollowUpStatuses.Sent), (Assert.Single(all).Rule, all[0].Status));
    }
}
