using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Mirror;
using WireMock;
using static AmtzaHaderech.Integrations.IntegrationTests.Spot.SpotTesting;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// The incremental pull (docs/spot.md) into the SPOT mirror, page by page, with checkpoints.
[Collection(StorageCollection.Name)]
public sealed class SpotPullTests(AzuriteFixture azurite) : IDisposable
{
    private readonly FakeSpot _spot = new() { FeedPageSize = 2 };

    public void Dispose() => _spot.Dispose();

    private void SeedHistory()
    {
        foreach (var (id, nationalId, city) in new[] { ("P1", "039337423", "רעננה"), ("P2", "020000008", "מודיעין"), ("P3", "", "תל אביב") })
            _spot.SeedParticipant(new JsonObject
            {
                ["participantId"] = id,
                ["nationalId"] = nationalId,
                ["firstName"] = "רות",
                ["lastName"] = "גל" + id,
                ["city"] = city,
                ["center"] = "ksb",
                ["enrolledOn"] = "2026-01-05",
                ["recruitmentSource"] = "friend",
            });
        _spot.SeedEpisode(new JsonObject { ["episodeId"] = "E1", ["participantId"] = "P1", ["startDate"] = "2026-03-01", ["employer"] = "אלביט", ["scopePercent"] = 80, ["selfEmployed"] = false });
        _spot.SeedEpisode(new JsonObject { ["episodeId"] = "E2", ["participantId"] = "P2", ["startDate"] = "2026-04-01", ["monthlySalary"] = 7200.5 });
        foreach (var n in new[] { 1, 2, 3 })
            _spot.SeedActivity(new JsonObject { ["activityId"] = "A" + n, ["participantId"] = "P" + n, ["date"] = "2026-05-0" + n, ["type"] = "meeting" });
    }

    [Fact]
    public async Task Pull_ThreeFeedsInPages_MirrorsEveryRowThenOnlyWhatChanged()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        SeedHistory();
        hub.Clock.Advance(TimeSpan.FromMinutes(10)); // past the pull's overlap
        var sync = hub.Get<SpotSync>();

        var first = await sync.PullAsync();
        hub.Clock.Advance(TimeSpan.FromHours(1));
        _spot.Edit("P2", p => p["city"] = "ראשון לציון");
        var second = await sync.PullAsync();

        Assert.Equal((8, 0), (first.Pulled, first.Pending));
        Assert.Empty(first.Failed);
        Assert.Equal(1, second.Pulled); // P2 alone: everything else is older than the last pull
        var snapshot = await hub.Get<SpotStoreReader>().LoadSnapshotAsync();
        Assert.Equal(["P1", "P2", "P3"], snapshot.Participants.Select(p => p.ParticipantId).Order());
        Assert.Equal([("E1", 80, (decimal?)null), ("E2", (int?)null, 7200.5m)], snapshot.Episodes.OrderBy(e => e.EpisodeId).Select(e => (e.EpisodeId, e.ScopePercent, e.MonthlySalary)));
        Assert.Equal(3, snapshot.Activities.Count);
        var p2 = await hub.Get<ParticipantStore>().GetAsync(ReferralPipeline.ParticipantIdFor(SpotParticipantMapping.SourceKey("P2")));
        Assert.Equal(("P2", "ראשון לציון", new DateOnly(2026, 1, 5)), (p2!.Participant.SpotId, p2.Participant.City, p2.Participant.EnrolledOn));
        var pages = _spot.Calls.Where(c => c.Path == "/v1/participants").Select(c => c.Query).ToList();
        Assert.Equal(3, pages.Count); // two pages of two, then the incremental one
        Assert.DoesNotContain("modifiedSince", pages[0]);
        Assert.Contains("cursor=2", pages[1]);
        Assert.Contains("modifiedSince=", pages[2]);
        var checkpoint = await hub.Get<SpotCheckpoints>().GetAsync("participants");
        Assert.Equal((hub.Clock.GetUtcNow() - TimeSpan.FromMinutes(5), null), (checkpoint.Since, checkpoint.Cursor));
    }

    [Fact]
    public async Task Pull_FailsOnSecondPage_KeepsTheStoredPageAndResumesFromItsCursor()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        SeedHistory();
        var failing = true;
        _spot.Fault = request => failing && request.Path == "/v1/participants" && request.RawQuery?.Contains("cursor=2") == true
            ? new ResponseMessage { StatusCode = 500 }
            : null;
        var sync = hub.Get<SpotSync>();

        var failed = await sync.PullAsync();
        var checkpoint = await hub.Get<SpotCheckpoints>().GetAsync("participants");
        failing = false;
        var resumed = await sync.PullAsync();

        Assert.Equal((2, 3), (failed.Pulled, failed.Pending));
        Assert.Equal(("participants", "pending"), (Assert.Single(failed.Failed).Id, failed.Failed[0].State));
        Assert.Equal("2", checkpoint.Cursor);
        Assert.Equal((6, 0), (resumed.Pulled, resumed.Pending));
        Assert.Contains("cursor=2", _spot.Calls.Last(c => c.Path == "/v1/participants").Query);
        Assert.Equal(3, (await hub.Get<SpotStoreReader>().LoadSnapshotAsync()).Participants.Count);
    }

    [Fact]
    public async Task Pull_RecordTheHubCreatedInSpot_UpdatesThatPersonInsteadOfAddingOne()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        await ImportRowsAsync(hub, 1);
        var sync = hub.Get<SpotSync>();
        await sync.PushAsync(all: true);
        var spotId = Assert.Single(_spot.Participants)["participantId"]!.GetValue<string>();
        hub.Clock.Advance(TimeSpan.FromDays(3));
        _spot.Edit(spotId, p => p["enrolledOn"] = "2026-11-29"); // intake, entered by staff

        var pulled = await sync.PullAsync();

        Assert.Equal(1, pulled.Pulled);
        var store = hub.Get<ParticipantStore>();
        var person = (await store.GetAsync(HubId(1)))!.Participant;
        Assert.Equal((spotId, new DateOnly(2026, 11, 29)), (person.SpotId, person.EnrolledOn));
        Assert.Null(await store.GetAsync(ReferralPipeline.ParticipantIdFor(SpotParticipantMapping.SourceKey(spotId))));
    }
}
