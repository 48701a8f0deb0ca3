using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Reports;
using AmtzaHaderech.Integrations.Spot.Export;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.FollowUpData;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// Escalations and the other coordinators' tasks announced in Teams (the Graph fake's Workflows
/// webhook): one card per run, each task once, a failed post retried by the next run.
[Collection(StorageCollection.Name)]
public sealed class TaskAnnouncementTests(AzuriteFixture azurite) : IDisposable
{
    // A Sunday; 14 days later (the escalation day) is a Sunday too. Both people were enrolled
    // 100 days before and never contacted: a quarterly check-in is due to each.
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset TenAm = IsraelTime.At(Today, new TimeOnly(10, 0));
    private static readonly DateTimeOffset EscalationDay = TenAm.AddDays(14);

    private readonly GraphFake _graph = new();

    public void Dispose() => _graph.Dispose();

    private async Task<TestHub> EscalatedAsync()
    {
        var (hub, _, _) = await FollowUpsHub.RecordingAsync(azurite, Today, ReportsTesting.Settings(_graph, ("head-office", "team-hq", "19:hq@thread.tacv2")));
        await FollowUpsHub.MirrorAsync(hub, new SpotExportSnapshot(
            [Person("P1", Today.AddDays(-100), center: "ksb"), Person("P2", Today.AddDays(-100), center: "tlv")], [], []));
        var first = await RunAt(hub, TenAm);
        Assert.Equal(2, first.Sent.Count);
        Assert.Equal(0, first.Announced);
        return hub;
    }

    private static Task<FollowUpRunResult> RunAt(TestHub hub, DateTimeOffset at) => FollowUpsHub.RunAtAsync(hub, at);

    [Fact]
    public async Task RunAsync_Escalations_PostedOnceInOneCardPerCenter()
    {
        await using var hub = await EscalatedAsync();

        var escalated = await RunAt(hub, EscalationDay);
        var again = await RunAt(hub, EscalationDay.AddHours(1));

        Assert.Equal(2, escalated.Escalated);
        Assert.Equal(2, escalated.Announced);
        Assert.Equal(0, again.Announced);
        var (hook, message) = Assert.Single(_graph.Cards);
        Assert.Equal("head-office", hook);
        var card = message["attachments"]![0]!["content"]!;
        Assert.True((bool?)card["rtl"]);
        var body = card["body"]!.AsArray();
        Assert.Equal("כפר סבא (1)", (string?)body[2]!["text"]);
        Assert.Equal("P1", (string?)body[3]!["facts"]![0]!["title"]);
        Assert.Equal("לא ענה/תה לבדיקה הרבעונית ולתזכורות, ללא מענה מאז 22/11/2026", (string?)body[3]!["facts"]![0]!["value"]);
        Assert.Equal("תל אביב (1)", (string?)body[4]!["text"]);
        Assert.Equal("P2", (string?)body[5]!["facts"]![0]!["title"]);
        Assert.DoesNotContain("דנה", message.ToJsonString());
        Assert.Empty(await hub.Get<FollowUpQueries>().UnannouncedTasksAsync());
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task RunAsync_WebhookThrottledThroughAllRetries_LeavesTasksForTheNextRun()
    {
        await using var hub = await EscalatedAsync();
        // The first try and the resilience handler's four retries all get 429.
        for (var i = 0; i < 5; i++) _graph.ThrottleOnce((_, path) => path.StartsWith("/workflows/", StringComparison.Ordinal));

        var failed = await RunAt(hub, EscalationDay);
        Assert.Equal(2, failed.Escalated);
        Assert.Equal(0, failed.Announced);
        Assert.Empty(_graph.Cards);
        Assert.Equal(2, (await hub.Get<FollowUpQueries>().UnannouncedTasksAsync()).Count);

        var retried = await RunAt(hub, EscalationDay.AddHours(1));
        var quiet = await RunAt(hub, EscalationDay.AddHours(2));

        Assert.Equal(2, retried.Announced);
        Assert.Equal(0, quiet.Announced);
        var (_, message) = Assert.Single(_graph.Cards);
        Assert.Contains("P1", message.ToJsonString());
        Assert.Contains("P2", message.ToJsonString());
    }

    [Fact]
    public async Task RunAsync_CenterWithItsOwnWebhook_GetsItsOwnCard()
    {
        var settings = ReportsTesting.Settings(_graph, ("head-office", "team-hq", "19:hq@thread.tacv2"), ("ksb", "team-ksb", "19:ksb@thread.tacv2"));
        var (hub, _, _) = await FollowUpsHub.RecordingAsync(azurite, Today, settings);
        await using var _h = hub;
        await FollowUpsHub.MirrorAsync(hub, new SpotExportSnapshot(
            [Person("P1", Today.AddDays(-100), center: "ksb"), Person("P2", Today.AddDays(-100), center: "tlv")], [], []));
        await RunAt(hub, TenAm);

        var escalated = await RunAt(hub, EscalationDay);

        Assert.Equal(2, escalated.Announced);
        Assert.Equal(["head-office", "ksb"], _graph.Cards.Select(c => c.Hook).Order(StringComparer.Ordinal));
        Assert.Contains("P1", _graph.Cards.Single(c => c.Hook == "ksb").Body.ToJsonString());
        Assert.DoesNotContain("P1", _graph.Cards.Single(c => c.Hook == "head-office").Body.ToJsonString());
    }
}
