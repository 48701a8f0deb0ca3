using System.Text;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Outbox;

/// The SPOT outbox. Each change is a row beside the person it is about (participants table,
/// row `outbox:<id>`), written in the same transaction as the person. Table `outbox` indexes it:
/// partition `spot-pending` (row = participant id) lists the people with pending changes and is
/// written before that transaction; `spot-quarantine` (row = change id) the changes SPOT refused.
/// A message on `spot-outbox` (the participant id) wakes the drainer once the change is stored;
/// the sweep re-indexes anything a crash left unindexed.
public sealed partial class SpotOutbox(HubStorage storage, ParticipantStore participants, TimeProvider clock) : IParticipantOutbox
{
    internal const string PendingPartition = "spot-pending";
    internal const string QuarantinePartition = "spot-quarantine";

    private TableClient Index => storage.Table(StorageNames.Tables.Outbox);
    private TableClient People => storage.Table(StorageNames.Tables.Participants);

    public IReadOnlyList<OutboxEntry> EntriesFor(ParticipantChange change) =>
        SpotChanges.ForParticipant(change, clock.GetUtcNow()) is { } spotChange ? [SpotChanges.ToEntry(spotChange)] : [];

    public Task PrepareAsync(string participantId, CancellationToken cancellationToken = default) =>
        Index.UpsertEntityAsync(new TableEntity(PendingPartition, participantId), TableUpdateMode.Replace, cancellationToken);

    // The Functions queue trigger reads base64 messages (its default encoding).
    public Task CommittedAsync(string participantId, CancellationToken cancellationToken = default) =>
        storage.Queue(StorageNames.Queues.SpotOutbox).SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(participantId)), cancellationToken);

    /// Queues changes that leave the person as they are (status answers, activities): one
    /// transaction per person; a change already queued (same id) is not queued again.
    public async Task EnqueueAsync(IEnumerable<SpotChange> changes, CancellationToken cancellationToken = default)
    {
        foreach (var person in changes.GroupBy(c => c.ParticipantId))
        {
            await PrepareAsync(person.Key, cancellationToken);
            await participants.AddOutboxAsync(person.Key, [.. person.Select(SpotChanges.ToEntry)], cancellationToken);
            await CommittedAsync(person.Key, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PendingPerson>> PendingPeopleAsync(CancellationToken cancellationToken = default)
    {
        var people = new List<PendingPerson>();
        await foreach (var row in Index.QueryAsync<TableEntity>(e => e.PartitionKey == PendingPartition, select: ["RowKey"], cancellationToken: cancellationToken))
            people.Add(new PendingPerson(row.RowKey, row.ETag));
        return people;
    }

    public async Task<PendingPerson?> PendingPersonAsync(string participantId, CancellationToken cancellationToken = default)
    {
        var row = await Index.GetEntityIfExistsAsync<TableEntity>(PendingPartition, participantId, ["RowKey"], cancellationToken);
        return row.HasValue && row.Value is { } entity ? new PendingPerson(participantId, entity.ETag) : null;
    }

    /// A person's changes in one state, in the order they were made.
    public async Task<IReadOnlyList<StoredSpotChange>> ChangesAsync(string participantId, string state, CancellationToken cancellationToken = default)
    {
        var changes = new List<StoredSpotChange>();
        await foreach (var row in People.QueryAsync<TableEntity>(OutboxRows.InPartition(participantId), cancellationToken: cancellationToken))
            if ((row.GetString("State") ?? OutboxRows.Pending) == state) changes.Add(StoredSpotChange.From(row));
        return [.. changes.OrderBy(c => c.Sequence)];
    }

    public async Task<StoredSpotChange?> ChangeAsync(string participantId, string changeId, CancellationToken cancellationToken = default)
    {
        var row = await People.GetEntityIfExistsAsync<TableEntity>(participantId, OutboxRows.RowKey(changeId), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? StoredSpotChange.From(entity) : null;
    }

    /// Takes the person off the pending index once nothing of theirs is pending, unless they were
    /// marked again since the drainer read the index (the ETag changed).
    public async Task ReleaseIfDoneAsync(PendingPerson person, CancellationToken cancellationToken = default)
    {
        if ((await ChangesAsync(person.ParticipantId, OutboxRows.Pending, cancellationToken)).Count > 0) return;
        try
        {
            await Index.DeleteEntityAsync(PendingPartition, person.ParticipantId, person.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already, or marked again: the next drain looks.
        }
    }

    /// Indexes again the people with pending changes the index lacks: a drainer can release a
    /// person whose new change was being committed at that moment (marked before the drainer read
    /// the index, committed after it looked). The sweep runs this, so such a change waits at most
    /// one sweep. Returns how many people it indexed again.
    public async Task<int> ReindexAsync(CancellationToken cancellationToken = default)
    {
        var indexed = (await PendingPeopleAsync(cancellationToken)).Select(p => p.ParticipantId).ToHashSet(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {OutboxRows.Prefix} and RowKey lt {"outbox;"} and State eq {OutboxRows.Pending}");
        var found = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in People.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
            if (!indexed.Contains(row.PartitionKey)) found.Add(row.PartitionKey);
        foreach (var participantId in found) await PrepareAsync(participantId, cancellationToken);
        return found.Count;
    }

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var person in await PendingPeopleAsync(cancellationToken))
            count += (await ChangesAsync(person.ParticipantId, OutboxRows.Pending, cancellationToken)).Count;
        return count;
    }
}
