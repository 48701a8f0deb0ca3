using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.IntegrationTests.Participants;

/// The identity index and the outbox numbering against real Table storage (Azurite): point
/// reads only, and nothing lost when two writers meet on one key.
[Collection(StorageCollection.Name)]
public sealed class ParticipantStoreTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task AddAsync_ManyWritersOnOneKey_EveryPersonListedOnce()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var index = new IdentityIndex(hub.Get<HubStorage>());
        var ids = Enumerable.Range(1, 12).Select(n => $"P{n:D3}").ToList();

        // Twelve hosts add a person each to one shared phone at the same moment, twice over.
        await Task.WhenAll(ids.Concat(ids).Select(id => index.AddAsync("tel-shared", id)));

        Assert.Equal(ids, (await index.PeopleWithAsync("tel-shared")).Order(StringComparer.Ordinal));
        Assert.Empty(await index.PeopleWithAsync("tel-nobody"));
    }

    [Fact]
    public async Task CandidateIdsAsync_PeopleSharingAPhone_FindsBothByThePhoneAndEachByTheirId()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var store = hub.Get<ParticipantStore>();
        var first = Person("A1", "123456782", "+972501234567");
        var second = Person("A2", "000000018", "+972501234567");
        foreach (var person in new[] { first, second })
        {
            await store.SavePersonAsync(person, null);
            await store.IndexAsync(person);
            await store.IndexAsync(person); // a re-run changes nothing
        }

        Assert.Equal(["A1", "A2"], (await store.CandidateIdsAsync(null, ["+972501234567"], [])).Order(StringComparer.Ordinal));
        Assert.Equal(["A2"], await store.CandidateIdsAsync("000000018", [], []));
        Assert.Equal("A1", (await store.GetAsync("A1"))!.Participant.Id);
        Assert.Equal(["A1", "A2"], (await store.AllAsync().Select(p => p.Id).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SavePersonWithEntriesAsync_NumbersChangesInOrderAndKeepsEntriesAlreadyWritten()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var store = hub.Get<ParticipantStore>();
        var person = Person("B1", "123456782", "+972501234567");
        var at = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

        await store.SavePersonWithEntriesAsync(person, null, [new OutboxEntry("c1", "create", "{}", at), new OutboxEntry("c2", "update", "{}", at)]);
        await store.SavePersonWithEntriesAsync(person, null, [new OutboxEntry("c2", "update", "{\"again\":true}", at), new OutboxEntry("c3", "update", "{}", at)]);
        await store.AddOutboxAsync(person.Id, [new OutboxEntry("c4", "activity", "{}", at)]);

        var rows = hub.Get<HubStorage>().Table(StorageNames.Tables.Participants)
            .QueryAsync<TableEntity>(OutboxRows.InPartition(person.Id));
        var sequences = await rows.ToDictionaryAsync(r => r.RowKey[OutboxRows.Prefix.Length..], r => (r.GetInt64("Sequence"), r.GetString("Data")));
        Assert.Equal((1L, "{}"), sequences["c1"]);
        Assert.Equal((2L, "{}"), sequences["c2"]); // the first write of c2 stands
        Assert.Equal((3L, "{}"), sequences["c3"]);
        Assert.Equal((4L, "{}"), sequences["c4"]);
        Assert.Equal(4, sequences.Count);
    }

    [Fact]
    public async Task AddOutboxAsync_SameChangeFromTwoHostsAtOnce_BothLandAndTheChangeIsWrittenOnce()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var store = hub.Get<ParticipantStore>();
        var at = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.AddOutboxAsync("C1", [new OutboxEntry("same", "activity", "{}", at)])));

        var rows = await hub.Get<HubStorage>().Table(StorageNames.Tables.Participants)
            .QueryAsync<TableEntity>(OutboxRows.InPartition("C1")).ToListAsync();
        Assert.Equal(OutboxRows.RowKey("same"), Assert.Single(rows).RowKey);
    }

    private static Participant Person(string id, string nationalId, string phone) => new()
    {
        Id = id,
        NationalId = nationalId,
        FirstName = "דנה",
        LastName = "כהן",
        Phones = [phone],
        Sources = ["test"],
        RecruitmentChannel = RecruitmentChannels.Other,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
