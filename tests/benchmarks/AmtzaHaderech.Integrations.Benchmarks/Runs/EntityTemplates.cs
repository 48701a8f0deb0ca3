using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// The payloads the ceiling writes: entities the hub itself wrote in the warm-up import, read
/// back once, so the ceiling's writes carry the same properties and sizes without the ceiling
/// serializing anything. Keys are replaced on every write.
public sealed class EntityTemplates
{
    private static readonly HashSet<string> SystemProperties = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    public required TableEntity Participant { get; init; }
    public required TableEntity OutboxChange { get; init; }
    public required IReadOnlyDictionary<string, TableEntity> LedgerByOutcome { get; init; }
    public required TableEntity Key { get; init; }
    public required TableEntity Feedback { get; init; }

    public static async Task<EntityTemplates> ReadAsync(HubStorage storage, CancellationToken cancellationToken = default)
    {
        var ledger = new Dictionary<string, TableEntity>();
        await foreach (var entry in storage.Table(StorageNames.Tables.IntakeLedger).QueryAsync<TableEntity>(
                           e => e.RowKey != IntakeLedger.FileSummaryRow, cancellationToken: cancellationToken))
            ledger.TryAdd(entry.GetString("Outcome"), entry);
        foreach (var outcome in new[] { Outcomes.Accepted, Outcomes.Merged, Outcomes.Rejected, Outcomes.Duplicate })
            if (!ledger.ContainsKey(outcome))
                throw new InvalidOperationException($"The warm-up import left no '{outcome}' ledger entry to copy: use more warm-up rows.");

        return new EntityTemplates
        {
            Participant = await FirstAsync(storage, StorageNames.Tables.Participants, cancellationToken, ParticipantStore.EveryPerson),
            OutboxChange = await FirstAsync(storage, StorageNames.Tables.Participants, cancellationToken,
                TableClient.CreateQueryFilter($"RowKey ge {OutboxRows.Prefix} and RowKey lt {"outbox;"}")),
            LedgerByOutcome = ledger,
            Key = await FirstAsync(storage, StorageNames.Tables.IntakeKeys, cancellationToken),
            Feedback = await FirstAsync(storage, StorageNames.Tables.Feedback, cancellationToken),
        };
    }

    /// A copy of the template's properties under new keys.
    public static TableEntity Copy(TableEntity template, string partitionKey, string rowKey)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in template)
            if (!SystemProperties.Contains(name)) entity[name] = value;
        return entity;
    }

    // The participants table holds people and their outbox rows: a filter picks one kind.
    private static async Task<TableEntity> FirstAsync(HubStorage storage, string table, CancellationToken cancellationToken, string? filter = null)
    {
        await foreach (var entity in storage.Table(table).QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
            return entity;
        throw new InvalidOperationException($"The warm-up import left table '{table}' empty.");
    }
}
