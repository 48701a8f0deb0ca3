using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Reports;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.IntegrationTests.Workshops;

/// The coordinators' marked sign-up lists read back from the center's Teams files (the Graph
/// fake, holding the client to Graph's rules) where the day-before delivery put them: each
/// attendance reaches the SPOT outbox once however often the lists are read; a list not there is
/// no error; a list too large is refused before a byte of it is downloaded; a list with a marked
/// row without an id is refused naming the row, and the other sessions are read all the same.
[Collection(StorageCollection.Name)]
public sealed class SignUpListReadBackTests(AzuriteFixture azurite) : IDisposable
{
    private const string CvList = "sign-ups-" + WorkshopCalendars.CvSession + ".xlsx";
    private const string InterviewList = "sign-ups-" + WorkshopCalendars.InterviewSession + ".xlsx";
    private static readonly DateOnly CvDay = new(2026, 12, 3);
    private static readonly DateOnly InterviewDay = new(2026, 12, 10);

    private readonly GraphFake _graph = new();
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "read-back-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        _graph.Dispose();
        if (Directory.Exists(_outbox)) Directory.Delete(_outbox, recursive: true);
    }

    // Kfar Saba's channel in Teams, P001 and P002 on the CV workshop, P003 on the interview one.
    private async Task<(TestHub Hub, string Folder)> TeamsHubAsync()
    {
        var folder = _graph.AddChannel("team-ksb", "19:ksb@thread.tacv2");
        var settings = WorkshopCalendars.Ksb(cvSeats: 2, interviewSeats: 1);
        foreach (var (key, value) in ReportsTesting.Settings(_graph, ("ksb", "team-ksb", "19:ksb@thread.tacv2"))) settings[key] = value;
        return (await SignedUpAsync(settings, ReportsTesting.Services(_graph)), folder);
    }

    private async Task<TestHub> SignedUpAsync(Dictionary<string, string?> settings, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var hub = await FollowUpsHub.StartAsync(azurite, CvDay.AddDays(-1), settings, services);
        await FollowUpsHub.MirrorAsync(hub, new SpotSnapshot(
            [.. new[] { "P001", "P002", "P003", "P004" }.Select(id => FollowUpData.Person(id, new DateOnly(2026, 11, 1), center: "ksb"))], [], []));
        var seats = hub.Get<WorkshopSeats>();
        await seats.SignUpAsync(Session(hub, WorkshopCalendars.CvSession), "P001");
        await seats.SignUpAsync(Session(hub, WorkshopCalendars.CvSession), "P002");
        await seats.SignUpAsync(Session(hub, WorkshopCalendars.InterviewSession), "P003");
        return hub;
    }

    private static WorkshopSession Session(TestHub hub, string id) => WorkshopCalendar.Find(hub.Get<IOptions<FollowUpsOptions>>().Value, id)!;

    private static Task DeliverAsync(TestHub hub, DateOnly sessionDay) =>
        hub.Get<SignUpListDelivery>().DeliverAsync(sessionDay.AddDays(-1), IsraelTime.At(sessionDay.AddDays(-1), new TimeOnly(15, 0)));

    private static Task<IReadOnlyList<ListReadBack>> ReadAsync(TestHub hub, DateOnly today) =>
        hub.Get<SignUpListReadBack>().ReadAsync(today, IsraelTime.At(today, new TimeOnly(20, 0)));

    // What the coordinator does in Teams: opens the list the hub put there and marks it.
    private void MarkInTeams(string folder, string list, params (string Id, string Mark)[] marks)
    {
        var file = _graph.FilesIn(folder, "Reports/2026").Single(f => f.Name == list);
        _graph.Edit(folder, "Reports/2026", list, WorkshopAttendanceTests.Mark(file.Content!, marks));
    }

    private static async Task<IReadOnlyList<string>> ActivitiesAsync(TestHub hub, string spotId) =>
        [.. (await FollowUpsHub.SpotOutboxAsync(hub.Services, spotId)).Select(c => $"{c.Activity!.Date:yyyy-MM-dd} {c.Activity.Title}")];

    [Fact]
    public async Task ReadAsync_MarkedListInTeamsReadTwice_EachAttendanceOnceInTheSpotOutbox()
    {
        var (hub, folder) = await TeamsHubAsync();
        await using var _ = hub;
        await DeliverAsync(hub, CvDay);
        MarkInTeams(folder, CvList, ("P001", SignUpListWorkbook.Came), ("P002", SignUpListWorkbook.DidNotCome), ("P004", SignUpListWorkbook.Came));
        // Graph throttles the download once: the client waits Retry-After and asks again.
        _graph.ThrottleOnce((method, path) => method == "GET" && path.EndsWith("/content", StringComparison.Ordinal));

        var first = Assert.Single(await ReadAsync(hub, CvDay));
        var again = Assert.Single(await ReadAsync(hub, CvDay.AddDays(1)));

        Assert.Equal((WorkshopCalendars.CvSession, ReadBackStates.Read), (first.Session.Id, first.State));
        Assert.Equal([("P001", AttendanceStates.Recorded, true), ("P004", AttendanceStates.Recorded, false)],
            first.Attendances.Select(o => (o.ParticipantId, o.State, o.SignedUp)));
        Assert.Equal([AttendanceStates.Already, AttendanceStates.Already], again.Attendances.Select(o => o.State));
        Assert.Equal(["2026-12-03 סדנת קורות חיים"], await ActivitiesAsync(hub, "P001"));
        Assert.Equal(["2026-12-03 סדנת קורות חיים"], await ActivitiesAsync(hub, "P004"));
        Assert.Empty(await ActivitiesAsync(hub, "P002"));
        Assert.Equal(3, _graph.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/content", StringComparison.Ordinal))); // one throttled
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task ReadAsync_ListNotInTheChannelFiles_MissingAndNothingRecorded()
    {
        var (hub, _) = await TeamsHubAsync();
        await using var __ = hub;
        // The list went out (its row says so) but is not in the channel's files: moved by staff.
        await hub.Get<HubStorage>().Table(StorageNames.Tables.Workshops).AddEntityAsync(
            new TableEntity(WorkshopCalendars.CvSession, SignUpListDelivery.SentPrefix + "center") { ["SentAt"] = IsraelTime.At(CvDay.AddDays(-1), new TimeOnly(15, 0)) });

        var read = await ReadAsync(hub, CvDay);

        Assert.Equal([(WorkshopCalendars.CvSession, ReadBackStates.Missing)], read.Select(r => (r.Session.Id, r.State)));
        Assert.Empty(await ActivitiesAsync(hub, "P001"));
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task ReadAsync_NoListDelivered_NoSessionReadAndNothingAskedOfGraph()
    {
        var (hub, _) = await TeamsHubAsync();
        await using var __ = hub;

        Assert.Empty(await ReadAsync(hub, CvDay));
        Assert.DoesNotContain(_graph.Requests, r => r.Path.Contains("/drives/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_ListOverTheBound_RefusedBeforeItIsDownloaded()
    {
        var (hub, folder) = await TeamsHubAsync();
        await using var _ = hub;
        await DeliverAsync(hub, CvDay);
        _graph.Edit(folder, "Reports/2026", CvList, new byte[SignUpListReader.MaxFileBytes + 1]);

        var read = Assert.Single(await ReadAsync(hub, CvDay));

        Assert.Equal(ReadBackStates.Refused, read.State);
        Assert.Equal($"{CvList}: 4194305 bytes, more than the 4194304 a list may have; not downloaded.", read.Problem);
        Assert.DoesNotContain(_graph.Requests, r => r.Path.EndsWith("/content", StringComparison.Ordinal) && r.Method == "GET");
        Assert.Empty(await ActivitiesAsync(hub, "P001"));
    }

    [Fact]
    public async Task ReadAsync_AListWithAMarkedRowWithoutId_RefusedNamingTheRowAndTheOtherSessionRecorded()
    {
        var (hub, folder) = await TeamsHubAsync();
        await using var _ = hub;
        await DeliverAsync(hub, CvDay);
        await DeliverAsync(hub, InterviewDay);
        MarkInTeams(folder, CvList, ("P001", SignUpListWorkbook.Came), ("", SignUpListWorkbook.Came));
        MarkInTeams(folder, InterviewList, ("P003", SignUpListWorkbook.Came));

        var read = await ReadAsync(hub, InterviewDay);

        Assert.Equal([(WorkshopCalendars.CvSession, ReadBackStates.Refused), (WorkshopCalendars.InterviewSession, ReadBackStates.Read)],
            read.Select(r => (r.Session.Id, r.State)));
        Assert.Matches($@"^{CvList.Replace(".", @"\.", StringComparison.Ordinal)}: row \d+ is marked ""הגיע"" but has no participant id", read[0].Problem);
        Assert.Empty(await ActivitiesAsync(hub, "P001"));
        Assert.Equal(["2026-12-10 הכנה לראיון עבודה"], await ActivitiesAsync(hub, "P003"));
        // The refusal is kept with the session for whoever asks why nothing was recorded.
        var kept = (await hub.Get<HubStorage>().Table(StorageNames.Tables.Workshops).GetEntityAsync<TableEntity>(WorkshopCalendars.CvSession, "list-read")).Value;
        Assert.Equal((ReadBackStates.Refused, read[0].Problem), (kept.GetString("State"), kept.GetString("Problem")));
    }

    [Fact]
    public async Task ReadAsync_LocalOutboxListMarkedOnDisk_RecordedOnce()
    {
        var settings = WorkshopCalendars.Ksb();
        settings["FollowUps:OutboxFolder"] = _outbox;
        await using var hub = await SignedUpAsync(settings);
        await DeliverAsync(hub, CvDay);
        var path = Path.Combine(_outbox, "teams", CvList);
        await File.WriteAllBytesAsync(path, WorkshopAttendanceTests.Mark(await File.ReadAllBytesAsync(path), ("P002", SignUpListWorkbook.Came)));

        var first = Assert.Single(await ReadAsync(hub, CvDay));
        var again = Assert.Single(await ReadAsync(hub, CvDay));

        Assert.Equal([("P002", AttendanceStates.Recorded)], first.Attendances.Select(o => (o.ParticipantId, o.State)));
        Assert.Equal([("P002", AttendanceStates.Already)], again.Attendances.Select(o => (o.ParticipantId, o.State)));
        Assert.Equal(["2026-12-03 סדנת קורות חיים"], await ActivitiesAsync(hub, "P002"));
    }
}
