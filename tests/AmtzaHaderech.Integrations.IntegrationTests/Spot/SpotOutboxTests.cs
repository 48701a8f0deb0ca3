using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Outbox;
using Azure;
using static AmtzaHaderech.Integrations.IntegrationTests.Spot.SpotTesting;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// The outbox row and the person, one transaction (ARCHITECTURE "State").
[Collection(StorageCollection.Name)]
public sealed class SpotOutboxTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Import_AcceptedReferral_WritesPersonOutboxRowAndPendingIndex()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);

        await ImportRowsAsync(hub, 1);

        var outbox = hub.Get<SpotOutbox>();
        var change = Assert.Single(await outbox.ChangesAsync(HubId(1), OutboxRows.Pending));
        Assert.Equal((CreateKey(1), SpotChangeKinds.Participant, NationalId(1)), (change.Change.Id, change.Change.Kind, change.Change.Fields["national_id"]));
        Assert.Equal([HubId(1)], (await outbox.PendingPeopleAsync()).Select(p => p.ParticipantId));
    }

    [Fact]
    public async Task DecideAsync_ReviewedRecordMadeANewPerson_QueuesThemForSpot()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImportRowsAsync(hub, 1);
        await hub.Get<ReferralPipeline>().ProcessAsync(Lead("3001", "+972502000001"), "r1"); // row 1's phone, another name: review
        var item = Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());

        await hub.Get<ReviewDecisions>().DecideAsync(item.Id, ReviewDecisions.Different);

        var change = Assert.Single(await hub.Get<SpotOutbox>().ChangesAsync(ReferralPipeline.ParticipantIdFor("facebook:3001"), OutboxRows.Pending));
        Assert.Equal(SpotChanges.IdFor("facebook:3001", SpotChangeKinds.Participant), change.Change.Id);
    }

    [Fact]
    public async Task ProcessAsync_RecordWithoutConsent_KeepsThePersonAndQueuesNothing()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);

        var result = await hub.Get<ReferralPipeline>().ProcessAsync(Lead("3002", "+972509990002") with { Consented = false }, "r1");

        Assert.Equal(Outcomes.NoConsent, result.Outcome);
        var id = ReferralPipeline.ParticipantIdFor("facebook:3002");
        Assert.NotNull(await hub.Get<ParticipantStore>().GetAsync(id));
        Assert.Empty(await hub.Get<SpotOutbox>().ChangesAsync(id, OutboxRows.Pending));
        Assert.Empty(await hub.Get<SpotOutbox>().PendingPeopleAsync());
    }

    private static InboundRecord Lead(string key, string phone) => Leads.Facebook(key, "Moshe", "Levi", phone, Today);

    [Fact]
    public async Task SavePersonWithEntriesAsync_SameEntryAfterItWasSent_LeavesItSent()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImportRowsAsync(hub, 1);
        var (store, outbox) = (hub.Get<ParticipantStore>(), hub.Get<SpotOutbox>());
        var change = Assert.Single(await outbox.ChangesAsync(HubId(1), OutboxRows.Pending));
        await outbox.DeliveredAsync(change, null, "S00042");

        // A re-run of the same cause (after a crash) writes the person and the same entry again.
        var person = (await store.GetAsync(HubId(1)))!;
        await store.SavePersonWithEntriesAsync(person.Participant, person.ETag, [SpotChanges.ToEntry(change.Change)]);

        Assert.Empty(await outbox.ChangesAsync(HubId(1), OutboxRows.Pending));
        Assert.Equal(change.Change.Id, Assert.Single(await outbox.ChangesAsync(HubId(1), OutboxRows.Sent)).Change.Id);
        Assert.Equal("S00042", (await store.GetAsync(HubId(1)))!.Participant.SpotId);
    }

    [Fact]
    public async Task SavePersonWithEntriesAsync_StaleETag_WritesNeitherThePersonNorTheEntry()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImportRowsAsync(hub, 1);
        var store = hub.Get<ParticipantStore>();
        var stale = (await store.GetAsync(HubId(1)))!;
        await store.SavePersonAsync(stale.Participant with { City = "רעננה" }, stale.ETag); // someone else, meanwhile
        var change = SpotChanges.ForParticipant(new ParticipantChange("cause-2", stale.Participant, stale.Participant with { Emails = ["a@example.org"] }), hub.Clock.GetUtcNow())!;

        var failure = await Assert.ThrowsAnyAsync<RequestFailedException>(() =>
            store.SavePersonWithEntriesAsync(stale.Participant with { Emails = ["a@example.org"] }, stale.ETag, [SpotChanges.ToEntry(change)]));

        Assert.Equal(412, failure.Status);
        Assert.Equal("רעננה", (await store.GetAsync(HubId(1)))!.Participant.City);
        Assert.DoesNotContain(await hub.Get<SpotOutbox>().ChangesAsync(HubId(1), OutboxRows.Pending), c => c.Change.Id == change.Id);
    }
}
