using System.Text.Json;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.IntegrationTests.Concurrency;

/// What an import left in one store (one name prefix), as a user would check it: the people (by
/// national ID, with the records that brought them), each referral's decisions, the review items,
/// and the people SPOT will hear of.
public sealed record StoreSnapshot(
    IReadOnlyList<string> People,
    IReadOnlyDictionary<string, IReadOnlyList<string>> DecisionsByKey,
    int Reviews,
    int PeopleWithSpotChanges)
{
    public int PeopleCount => People.Count;

    public static async Task<StoreSnapshot> ReadAsync(AzuriteFixture azurite, string prefix)
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        var people = new List<string>();
        await foreach (var row in tables.GetTableClient(prefix + StorageNames.Tables.Participants).QueryAsync<TableEntity>(ParticipantStore.EveryPerson))
        {
            var person = JsonSerializer.Deserialize<Participant>(row.GetString("Data"), ParticipantStore.Json)!;
            people.Add($"{person.NationalId} <- {string.Join(' ', person.Sources.Order(StringComparer.Ordinal))}");
        }

        var decisions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var row in tables.GetTableClient(prefix + StorageNames.Tables.IntakeLedger).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey lt {"a"}")))
        {
            var outcome = row.GetString("Outcome");
            if (outcome == Outcomes.Duplicate) continue;
            var key = row.GetString("Key");
            if (!decisions.TryGetValue(key, out var list)) decisions[key] = list = [];
            list.Add(outcome);
        }

        var reviews = 0;
        await foreach (var _ in tables.GetTableClient(prefix + StorageNames.Tables.Reviews).QueryAsync<TableEntity>(select: ["RowKey"])) reviews++;

        var withChanges = new HashSet<string>(StringComparer.Ordinal);
        var outbox = TableClient.CreateQueryFilter($"RowKey ge {OutboxRows.Prefix} and RowKey lt {"outbox;"}");
        await foreach (var row in tables.GetTableClient(prefix + StorageNames.Tables.Participants).QueryAsync<TableEntity>(outbox, select: ["PartitionKey"]))
            withChanges.Add(row.PartitionKey);

        return new StoreSnapshot([.. people.Order(StringComparer.Ordinal)],
            decisions.ToDictionary(d => d.Key, d => (IReadOnlyList<string>)d.Value), reviews, withChanges.Count);
    }

    /// Every referral decided once, nobody doubled or lost, and the same people, decisions, review
    /// items and SPOT changes as `sequential`, up to which of a person's records came first (that
    /// one is accepted, the others merged into it).
    public void AssertSameAs(StoreSnapshot sequential)
    {
        Assert.All(DecisionsByKey, d => Assert.Single(d.Value));
        Assert.Equal(sequential.People, People);
        Assert.Equal(sequential.DecisionsByKey.Keys.Order(StringComparer.Ordinal), DecisionsByKey.Keys.Order(StringComparer.Ordinal));
        Assert.All(DecisionsByKey, d => Assert.Equal(UpToFirst(sequential.DecisionsByKey[d.Key][0]), UpToFirst(d.Value[0])));
        Assert.Equal(sequential.Count(Outcomes.Accepted), Count(Outcomes.Accepted));
        Assert.Equal(sequential.Count(Outcomes.Merged), Count(Outcomes.Merged));
        Assert.Equal(sequential.Reviews, Reviews);
        Assert.Equal(sequential.PeopleWithSpotChanges, PeopleWithSpotChanges);
        Assert.Equal(PeopleCount, PeopleWithSpotChanges);
    }

    public int Count(string outcome) => DecisionsByKey.Values.Count(d => d[0] == outcome);

    private static string UpToFirst(string outcome) => outcome is Outcomes.Accepted or Outcomes.Merged ? "accepted or merged" : outcome;
}
