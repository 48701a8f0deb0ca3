using System.Text;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Reports;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Teams;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.FollowUpData;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// Escalations and the other coordinators' tasks announced in Teams (the Graph fake's Workflows
/// webhooks and channel files): a card per coordinator, addressed to them, naming their people,
/// with the call list uploaded beside it; each task once; a failed post retried by the next run.
[Collection(StorageCollection.Name)]
public sealed class TaskAnnouncementTests(AzuriteFixture azurite) : IDisposable
{
    // A Sunday; 14 days later (the escalation day) is a Sunday too. The people were enrolled
    // 100 days before and never contacted: a quarterly check-in is due to each.
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset TenAm = IsraelTime.At(Today, new TimeOnly(10, 0));
    private static readonly DateTimeOffset EscalationDay = TenAm.AddDays(14);

    private readonly GraphFake _graph = new();

    public void Dispose() => _graph.Dispose();

    // Kfar Saba's coordinator is configured with a Hebrew name and a Teams user; Tel Aviv's is
    // not (SPOT's e-mail shows, and nobody is @mentioned).
    private Dictionary<string, string?> Settings(params (string Key, string TeamId, string ChannelId)[] channels)
    {
        var settings = ReportsTesting.Settings(_graph, channels);
        settings["Centers:Items:1:Coordinators:0:Id"] = "ksb-coord@example.org";
        settings["Centers:Items:1:Coordinators:0:Name"] = "מיכל אברהם";
        settings["Centers:Items:1:Coordinators:0:TeamsUser"] = "michal@amtza.org.il";
        return settings;
    }

    private async Task<TestHub> EscalatedAsync(Dictionary<string, string?> settings, params SpotParticipant[] people)
    {
        var (hub, _, _) = await FollowUpsHub.RecordingAsync(azurite, Today, settings, ReportsTesting.Services(_graph));
        await FollowUpsHub.MirrorAsync(hub, new SpotSnapshot(people, [], []));
        var first = await RunAt(hub, TenAm);
        Assert.Equal(people.Length, first.Sent.Count);
        Assert.Equal(0, first.Announced);
        return hub;
    }

    private static Task<FollowUpRunResult> RunAt(TestHub hub, DateTimeOffset at) => FollowUpsHub.RunAtAsync(hub, at);

    private static JsonNode Content(JsonNode message) => message["attachments"]![0]!["content"]!;

    [Fact]
    public async Task RunAsync_Escalations_ACardPerCoordinatorAddressedToThemWithTheirPeopleAndCallList()
    {
        var folder = _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        await using var hub = await EscalatedAsync(Settings(("head-office", "team-hq", "19:hq@thread.tacv2")),
            Person("P1", Today.AddDays(-100), center: "ksb"), Person("P2", Today.AddDays(-100), center: "tlv"));

        var escalated = await RunAt(hub, EscalationDay);
        var again = await RunAt(hub, EscalationDay.AddHours(1));

        Assert.Equal(2, escalated.Escalated);
        Assert.Equal(2, escalated.Announced);
        Assert.Equal(0, again.Announced);
        Assert.Equal(2, _graph.Cards.Count);
        Assert.All(_graph.Cards, c => Assert.Equal("head-office", c.Hook));
        var ksb = Content(_graph.Cards.Single(c => c.Body.ToJsonString().Contains("michal@amtza.org.il", StringComparison.Ordinal)).Body);
        Assert.Equal("<at>מיכל אברהם</at>, משתתף אחד להתקשר אליו", (string?)ksb["body"]![0]!["text"]);
        Assert.Equal("michal@amtza.org.il", (string?)ksb["msteams"]!["entities"]![0]!["mentioned"]!["id"]);
        Assert.StartsWith("כפר סבא:", (string?)ksb["body"]![1]!["text"]);
        var lines = ksb["body"]![2]!["items"]!.AsArray().Select(b => (string?)b!["inlines"]![0]!["text"]).ToList();
        Assert.Equal("דנה כהן · 050-1234567", lines[0]);
        Assert.Equal("אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 22/11/2026) · 114 ימים מהקשר האחרון", lines[1]);

        // The button opens the call list the hub put in the channel's files.
        var file = Assert.Single(_graph.FilesIn(folder, "Reports/2026"), f => f.Name == "call-list-ksb-ksb-coord-20261206-1000.xlsx");
        Assert.Equal((byte)'P', file.Content![0]);
        Assert.EndsWith("/Reports/2026/call-list-ksb-ksb-coord-20261206-1000.xlsx", (string?)ksb["actions"]![0]!["url"]);

        var tlv = Content(_graph.Cards.Single(c => !c.Body.ToJsonString().Contains("michal", StringComparison.Ordinal)).Body);
        Assert.Equal("tlv-coord@example.org, משתתף אחד להתקשר אליו", (string?)tlv["body"]![0]!["text"]);
        Assert.Null(tlv["msteams"]!["entities"]);
        Assert.StartsWith("תל אביב:", (string?)tlv["body"]![1]!["text"]);
        Assert.All(_graph.Cards, c => Assert.True(Encoding.UTF8.GetByteCount(c.Body.ToJsonString()) < 28 * 1024));
        Assert.Empty(await hub.Get<FollowUpQueries>().UnannouncedTasksAsync());
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task RunAsync_ManyPeopleForOneCoordinator_NobodyHeldBackTheListHasAll()
    {
        var folder = _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        var people = Enumerable.Range(1, 45).Select(i => Person($"P{i:D2}", Today.AddDays(-100 - i), phone: $"05012345{i:D2}", center: "ksb")).ToArray();
        await using var hub = await EscalatedAsync(Settings(("head-office", "team-hq", "19:hq@thread.tacv2")), people);

        var escalated = await RunAt(hub, EscalationDay);

        Assert.Equal(45, escalated.Announced);
        var (_, message) = Assert.Single(_graph.Cards);
        var body = Content(message)["body"]!.AsArray();
        Assert.Equal(12, body.Count(b => (string?)b!["type"] == "Container"));
        Assert.Equal("ועוד 33 ברשימת השיחות.", (string?)body[^1]!["text"]);
        Assert.Equal("רשימת השיחות (45)", (string?)Content(message)["actions"]![0]!["title"]);
        // The longest-waiting first.
        Assert.StartsWith("דנה כהן · 050-1234545", (string?)body[2]!["items"]![0]!["inlines"]![0]!["text"]);
        Assert.Single(_graph.FilesIn(folder, "Reports/2026"));
        Assert.Empty(await hub.Get<FollowUpQueries>().UnannouncedTasksAsync());
    }

    [Fact]
    public async Task RunAsync_WebhookThrottledThroughAllRetries_LeavesTasksForTheNextRun()
    {
        _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        await using var hub = await EscalatedAsync(Settings(("head-office", "team-hq", "19:hq@thread.tacv2")),
            Person("P1", Today.AddDays(-100), center: "ksb"));
        // The first try and the resilience handler's four retries all get 429.
        for (var i = 0; i < 5; i++) _graph.ThrottleOnce((_, path) => path.StartsWith("/workflows/", StringComparison.Ordinal));

        var failed = await RunAt(hub, EscalationDay);
        Assert.Equal(1, failed.Escalated);
        Assert.Equal(0, failed.Announced);
        Assert.Empty(_graph.Cards);
        Assert.Single(await hub.Get<FollowUpQueries>().UnannouncedTasksAsync());

        var retried = await RunAt(hub, EscalationDay.AddHours(1));
        var quiet = await RunAt(hub, EscalationDay.AddHours(2));

        Assert.Equal(1, retried.Announced);
        Assert.Equal(0, quiet.Announced);
        var (_, message) = Assert.Single(_graph.Cards);
        Assert.Contains("דנה כהן", message.ToJsonString(Integrations.Teams.TeamsCard.JsonOptions));
    }

    [Fact]
    public async Task RunAsync_CenterWithItsOwnChannel_GetsItsCoordinatorsCardAndFile()
    {
        _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        var ksbFolder = _graph.AddChannel("team-ksb", "19:ksb@thread.tacv2");
        await using var hub = await EscalatedAsync(
            Settings(("head-office", "team-hq", "19:hq@thread.tacv2"), ("ksb", "team-ksb", "19:ksb@thread.tacv2")),
            Person("P1", Today.AddDays(-100), center: "ksb"), Person("P2", Today.AddDays(-100), center: "tlv"));

        var escalated = await RunAt(hub, EscalationDay);

        Assert.Equal(2, escalated.Announced);
        Assert.Equal(["head-office", "ksb"], _graph.Cards.Select(c => c.Hook).Order(StringComparer.Ordinal));
        Assert.Contains("מיכל אברהם", _graph.Cards.Single(c => c.Hook == "ksb").Body.ToJsonString(Integrations.Teams.TeamsCard.JsonOptions));
        Assert.DoesNotContain("מיכל אברהם", _graph.Cards.Single(c => c.Hook == "head-office").Body.ToJsonString(Integrations.Teams.TeamsCard.JsonOptions));
        Assert.Single(_graph.FilesIn(ksbFolder, "Reports/2026"));
    }
}
