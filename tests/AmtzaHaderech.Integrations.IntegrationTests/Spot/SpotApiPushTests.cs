using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static AmtzaHaderech.Integrations.IntegrationTests.Spot.SpotTesting;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// The outbox against a SPOT fake that enforces the contract (docs/spot.md, `api` mode) and
/// fails the way SPOT can: down, throttled, slow, refusing one change.
[Collection(StorageCollection.Name)]
public sealed class SpotApiPushTests(AzuriteFixture azurite) : IDisposable
{
    private readonly FakeSpot _spot = new();

    public void Dispose() => _spot.Dispose();

    [Fact]
    public async Task Sweep_SpotDownForAnHour_EveryChangeLandsOnceAfterRecoveryAndRetryAfterIsHonoured()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        int[] rows = [1, 2, 3, 4, 5, 6];
        await ImportRowsAsync(hub, rows);
        var start = hub.Clock.GetUtcNow();
        _spot.DownUntil = start.AddHours(1);
        var sync = hub.Get<SpotSync>();

        while (hub.Clock.GetUtcNow() < start.AddMinutes(70))
        {
            await sync.SweepAsync();
            hub.Clock.Advance(TimeSpan.FromMinutes(2));
        }
        var last = await sync.PushAsync(all: false);

        Assert.Equal((0, 0), (last.Pending, last.Failed.Count));
        Assert.Equal(rows.Length, _spot.Participants.Count);
        Assert.All(_spot.RecordsPerKey.Values, count => Assert.Equal(1, count));
        var store = hub.Get<ParticipantStore>();
        foreach (var row in rows)
        {
            var record = Assert.Single(_spot.Participants, p => p["nationalId"]!.GetValue<string>() == NationalId(row));
            Assert.Equal(record["participantId"]!.GetValue<string>(), (await store.GetAsync(HubId(row)))!.Participant.SpotId);
        }
        // SPOT said "Retry-After: 300" every time: no change was tried again sooner.
        foreach (var attempts in _spot.Calls.Where(c => c.Status == 503).GroupBy(c => c.IdempotencyKey))
            Assert.All(attempts.Zip(attempts.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromMinutes(5)));
        // SPOT's pause held every request, not only the refused ones (on the simulated clock: the
        // pause is longer than a request waits, so the outbox and the gate keep it on the hub's clock).
        var calls = _spot.Calls.Where(c => c.Path.StartsWith("/v1/", StringComparison.Ordinal)).ToList();
        foreach (var refused in calls.Where(c => c.Status == 503))
            Assert.DoesNotContain(calls, c => c.At > refused.At && c.At < refused.At + TimeSpan.FromMinutes(5));
        Assert.True(calls.Where(c => c.Status == 503).Select(c => c.At).Distinct().Count() >= 10, "SPOT was asked throughout the hour");
    }

    [Fact]
    public async Task Sweep_ThrottledWithRetryAfterDate_WaitsUntilThatTime()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        await ImportRowsAsync(hub, 1);
        var until = hub.Clock.GetUtcNow().AddMinutes(7);
        _spot.ThrottledUntil = until;
        var sync = hub.Get<SpotSync>();

        var first = await sync.SweepAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(6));
        var early = await sync.SweepAsync();
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        var due = await sync.SweepAsync();

        Assert.Equal((0, 1), (first.Sent, first.Pending));
        Assert.Contains("429", Assert.Single(first.Failed).Error);
        Assert.Equal((0, 1, 0), (early.Sent, early.Pending, early.Failed.Count)); // not asked again before the date
        Assert.Equal((1, 0), (due.Sent, due.Pending));
        Assert.Single(_spot.Calls, c => c.Status == 429);
    }

    [Fact]
    public async Task Push_TimeoutAndRefusedChange_LandsOnceQuarantinesTheRefusalUntilRetried()
    {
        // The pipeline's timeouts run on a clock of the test's, so the one request that times out
        // is the one SPOT holds, whatever the order of the four sends and the machine's speed.
        var network = new FakeTimeProvider();
        await using var hub = await ApiHubAsync(azurite, _spot, new() { ["Spot:Resilience:Retry:Delay"] = "00:00:00" },
            services => services.AddKeyedSingleton<TimeProvider>(SpotRegistration.NetworkClockKey, network));
        await ImportRowsAsync(hub, 1, 2, 3, 4);
        _spot.RefusedNationalIds.Add(NationalId(3));
        var held = _spot.HoldAnswerTo(NationalId(2));
        var sync = hub.Get<SpotSync>();

        var pushing = sync.PushAsync(all: true);
        Assert.Same(held, await Task.WhenAny(held, pushing)); // SPOT has created row 2's person and keeps the answer
        await SettledAsync(hub, pushing, sent: [1, 4], quarantined: [3]); // nothing else is on its way now
        network.Advance(AttemptTimeout); // the hub gives up on that attempt and sends it again
        var first = await pushing;
        var again = await sync.PushAsync(all: true);

        Assert.Equal((3, 0), (first.Sent, first.Pending));
        var refused = Assert.Single(first.Failed);
        Assert.Equal((CreateKey(3), "quarantined", SpotChangeKinds.Participant, HubId(3)), (refused.Id, refused.State, refused.Kind, refused.ParticipantId));
        Assert.Contains("blocked by the registry", refused.Error);
        Assert.Equal(3, _spot.Participants.Count);
        Assert.All(_spot.RecordsPerKey.Values, count => Assert.Equal(1, count));
        Assert.Equal(2, _spot.Calls.Count(c => c.IdempotencyKey == CreateKey(2))); // the timed-out one, replayed
        var timedOut = Assert.Single(_spot.Participants, p => p["nationalId"]!.GetValue<string>() == NationalId(2));
        Assert.Equal(timedOut["participantId"]!.GetValue<string>(), (await hub.Get<ParticipantStore>().GetAsync(HubId(2)))!.Participant.SpotId);
        // Never retried by itself, still listed.
        Assert.Equal(0, again.Sent);
        Assert.Single(_spot.Calls, c => c.IdempotencyKey == CreateKey(3));
        Assert.Equal(CreateKey(3), Assert.Single(again.Failed).Id);

        // An operator fixes it at SPOT's end and retries it: a new key, so SPOT does not replay its refusal.
        _spot.RefusedNationalIds.Clear();
        Assert.True(await hub.Get<SpotOutbox>().RetryAsync(CreateKey(3)));
        var retried = await sync.PushAsync(all: true);

        Assert.Equal((1, 0, 0), (retried.Sent, retried.Pending, retried.Failed.Count));
        Assert.Equal(1, _spot.RecordsPerKey[CreateKey(3) + "-retry1"]);
        Assert.Equal(4, _spot.Participants.Count);
    }

    [Fact]
    public async Task Push_NationalIdSpotHasAndStaffEditMeanwhile_RelinksAndFillsOnlyWhatSpotLacks()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        var existing = _spot.SeedParticipant(new JsonObject
        {
            ["nationalId"] = NationalId(1),
            ["firstName"] = "דנה",
            ["lastName"] = "כהן-לוי",
            ["phone"] = "+972500000001",
        });
        var edited = false;
        _spot.BeforePatch = id =>
        {
            if (edited) return;
            edited = true;
            _spot.Edit(id, data => data["coordinator"] = "ksb-coord-1@example.org"); // staff, between our read and our write
        };
        await ImportRowsAsync(hub, 1);

        var result = await hub.Get<SpotSync>().PushAsync(all: true);

        Assert.Equal((1, 0, 0), (result.Sent, result.Pending, result.Failed.Count));
        var record = Assert.Single(_spot.Participants);
        Assert.Equal(existing, (await hub.Get<ParticipantStore>().GetAsync(HubId(1)))!.Participant.SpotId);
        Assert.Equal(("כהן-לוי", "+972500000001"), (record["lastName"]!.GetValue<string>(), record["phone"]!.GetValue<string>())); // staff's, kept
        Assert.Equal(("כפר סבא", "1968-03-14"), (record["city"]!.GetValue<string>(), record["birthDate"]!.GetValue<string>())); // gaps, filled
        Assert.Equal("ksb-coord-1@example.org", record["coordinator"]!.GetValue<string>());
        Assert.Equal([409], _spot.Calls.Where(c => c.Method == "POST" && c.Path.StartsWith("/v1/")).Select(c => c.Status));
        Assert.Equal([412, 200], _spot.Calls.Where(c => c.Method == "PATCH").Select(c => c.Status));
    }

    [Fact]
    public async Task Push_LaterReferralAddsEmail_PatchesThatFieldAlone()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        await ImportRowsAsync(hub, 1);
        var sync = hub.Get<SpotSync>();
        await sync.PushAsync(all: true);
        var again = EsFileBuilder.Row(1);
        again["מספר_הפניה"] = "800101";
        again["דואל"] = "dana.cohen@example.org";
        await ImportAsync(hub, 2, again);

        var result = await sync.PushAsync(all: true);

        Assert.Equal(1, result.Sent);
        var patch = Assert.Single(_spot.Calls, c => c.Method == "PATCH");
        Assert.Equal(200, patch.Status);
        Assert.Equal("dana.cohen@example.org", Assert.Single(_spot.Participants)["email"]!.GetValue<string>());
        var change = Assert.Single(await hub.Get<SpotOutbox>().ChangesAsync(HubId(1), "sent"), c => c.Change.Id == SpotChanges.IdFor("4521:800101", SpotChangeKinds.Participant));
        Assert.Equal(["email"], change.Change.ChangedFields);
    }

    [Fact]
    public async Task Push_TokenRevokedThenExpired_RenewsAndDeliversStatusAndActivity()
    {
        await using var hub = await ApiHubAsync(azurite, _spot);
        await ImportRowsAsync(hub, 1);
        var sync = hub.Get<SpotSync>();
        var outbox = hub.Get<SpotOutbox>();
        await sync.PushAsync(all: true);
        var spotId = Assert.Single(_spot.Participants)["participantId"]!.GetValue<string>();

        _spot.RevokeTokens();
        await outbox.EnqueueAsync([SpotChanges.ForEmploymentStatus("status-form:abc", HubId(1), new SpotEmploymentStatus
        {
            AsOf = Today, Status = SpotEmploymentStatus.Employed, Employer = "עיריית כפר סבא", ScopePercent = 50, StartDate = Today.AddDays(-3), Source = "status_form",
        }, hub.Clock.GetUtcNow())]);
        var afterRevoke = await sync.PushAsync(all: true);
        hub.Clock.Advance(TimeSpan.FromMinutes(11)); // past the token's ten minutes
        await outbox.EnqueueAsync([SpotChanges.ForActivity("rsvp:xyz", HubId(1), new SpotActivityEntry
        {
            Date = Today, Type = "event", Title = "כנס מעסיקים",
        }, hub.Clock.GetUtcNow())]);
        var afterExpiry = await sync.PushAsync(all: true);

        Assert.Equal((1, 1), (afterRevoke.Sent, afterExpiry.Sent));
        Assert.Equal(3, _spot.Calls.Count(c => c.Path == "/oauth/token"));
        Assert.Single(_spot.Calls, c => c.Status == 401); // the revoked token, once; the expired one was renewed before use
        var posted = _spot.PostedForParticipants;
        Assert.Equal([(spotId, "employment-status"), (spotId, "activities")], posted.Select(p => (p.ParticipantId, p.Kind)));
        Assert.Equal(("employed", 50, "status_form"), (posted[0].Body["status"]!.GetValue<string>(), posted[0].Body["scopePercent"]!.GetValue<int>(), posted[0].Body["source"]!.GetValue<string>()));
    }

    /// Waits until the outbox has settled these people's changes (sent, or quarantined), failing
    /// if the push ends first.
    private static async Task SettledAsync(TestHub hub, Task pushing, int[] sent, int[] quarantined)
    {
        var outbox = hub.Get<SpotOutbox>();
        while (true)
        {
            var done = 0;
            foreach (var row in sent) done += (await outbox.ChangesAsync(HubId(row), "sent")).Count;
            foreach (var row in quarantined) done += (await outbox.ChangesAsync(HubId(row), "quarantined")).Count;
            if (done == sent.Length + quarantined.Length) return;
            Assert.False(pushing.IsCompleted, "the push ended before the other changes were settled");
            await Task.Delay(20);
        }
    }
}
