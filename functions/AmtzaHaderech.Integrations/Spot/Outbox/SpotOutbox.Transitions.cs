using System.Diagnostics.Metrics;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Storage;
using AmtzaHaderech.Integrations.Telemetry;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Outbox;

/// What happens to a change once the drainer tried it.
public sealed partial class SpotOutbox
{
    // Beside QuarantinedFiles on the hub's meter: what an alert on refused changes counts.
    private static readonly Meter Meter = new(HubMeter.Name);
    private static readonly Counter<long> QuarantinedChanges = Meter.CreateCounter<long>("SpotChangesQuarantined");

    /// Sent (api mode) or written into an import file (file mode). When SPOT gave or confirmed the
    /// person's id, it is stored on the person in the same transaction.
    public async Task DeliveredAsync(StoredSpotChange change, string? file, string? linkSpotId, CancellationToken cancellationToken = default)
    {
        var row = Copy(change.Row);
        row["State"] = OutboxRows.Sent;
        row["SentAt"] = clock.GetUtcNow();
        row["File"] = file;
        row.Remove("Error");
        // The person may change meanwhile: the fresh copy is linked then.
        await OptimisticWrites.RetryAsync(async _ =>
        {
            List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, row, ETag.All)];
            if (linkSpotId is not null && await participants.GetAsync(change.Change.ParticipantId, cancellationToken) is { } stored
                && stored.Participant.SpotId != linkSpotId)
                actions.Add(new(TableTransactionActionType.UpdateReplace, ParticipantStore.ToEntity(stored.Participant with { SpotId = linkSpotId }), stored.ETag));
            await People.SubmitTransactionAsync(actions, cancellationToken);
        }, cancellationToken);
    }

    /// Still pending: tried again at `next`. Never given up on: SPOT down for a day loses nothing.
    public Task RescheduleAsync(StoredSpotChange change, string error, DateTimeOffset next, CancellationToken cancellationToken = default)
    {
        var row = Copy(change.Row);
        row["Attempts"] = change.Attempts + 1;
        row["NextAttemptAt"] = next;
        row["LastAttemptAt"] = clock.GetUtcNow();
        row["Error"] = error;
        return People.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken);
    }

    /// SPOT refused the change for good (400/422): kept, with SPOT's message, until an operator
    /// retries it; never sent again by itself.
    public async Task QuarantineAsync(StoredSpotChange change, string error, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await Index.UpsertEntityAsync(new TableEntity(QuarantinePartition, change.Change.Id)
        {
            ["ParticipantId"] = change.Change.ParticipantId,
            ["Kind"] = change.Change.Kind,
            ["Error"] = error,
            ["QuarantinedAt"] = now,
        }, TableUpdateMode.Replace, cancellationToken);
        var row = Copy(change.Row);
        row["State"] = OutboxRows.Quarantined;
        row["Attempts"] = change.Attempts + 1;
        row["LastAttemptAt"] = now;
        row["Error"] = error;
        await People.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken);
        QuarantinedChanges.Add(1, new KeyValuePair<string, object?>("Kind", change.Change.Kind));
    }

    public async Task<IReadOnlyList<StoredSpotChange>> QuarantinedAsync(CancellationToken cancellationToken = default)
    {
        var changes = new List<StoredSpotChange>();
        await foreach (var entry in Index.QueryAsync<TableEntity>(e => e.PartitionKey == QuarantinePartition, cancellationToken: cancellationToken))
        {
            if (await ChangeAsync(entry.GetString("ParticipantId"), entry.RowKey, cancellationToken) is { } change) changes.Add(change);
        }
        return [.. changes.OrderBy(c => c.Change.CreatedAt).ThenBy(c => c.Change.Id, StringComparer.Ordinal)];
    }

    /// An operator's retry of a quarantined change (after fixing the data in SPOT or the hub):
    /// pending again, due now. False when no such change is quarantined.
    public async Task<bool> RetryAsync(string changeId, CancellationToken cancellationToken = default)
    {
        var entry = await Index.GetEntityIfExistsAsync<TableEntity>(QuarantinePartition, changeId, cancellationToken: cancellationToken);
        if (!entry.HasValue || entry.Value is not { } quarantined) return false;
        var participantId = quarantined.GetString("ParticipantId");
        if (await ChangeAsync(participantId, changeId, cancellationToken) is { } change)
        {
            await PrepareAsync(participantId, cancellationToken);
            var stored = Copy(change.Row);
            stored["State"] = OutboxRows.Pending;
            stored["Attempts"] = 0;
            stored["Retries"] = change.Retries + 1;
            stored["NextAttemptAt"] = clock.GetUtcNow();
            await People.UpdateEntityAsync(stored, ETag.All, TableUpdateMode.Replace, cancellationToken);
            await CommittedAsync(participantId, cancellationToken);
        }
        await Index.DeleteEntityAsync(QuarantinePartition, changeId, ETag.All, cancellationToken);
        return true;
    }

    private static TableEntity Copy(TableEntity row) => new(row);
}
