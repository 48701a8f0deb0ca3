using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Facebook.Leads;

/// The state of a notified lead: `pending` until its details are fetched and through the
/// pipeline, then `done` with the outcome.
internal static class LeadStates
{
    public const string Pending = "pending";
    public const string Done = "done";
}

public sealed record StoredLead(LeadNotification Notification, string State, string? Outcome, int Attempts, string? LastError, string? Via);

/// Table `facebookleads`: one row per leadgen id (partition = the id), so a lead Facebook delivers
/// twice is stored and queued once; and the reconciliation checkpoints (table `checkpoints`,
/// partition `facebook`, row = form id).
public sealed class FacebookLeadStore(HubStorage storage, TimeProvider clock)
{
    private const string Row = "lead";
    private const string CheckpointPartition = "facebook";

    private TableClient Leads => storage.Table(StorageNames.Tables.FacebookLeads);
    private TableClient Checkpoints => storage.Table(StorageNames.Tables.Checkpoints);

    /// False when the lead was already known: nothing written, nothing to queue.
    public async Task<bool> TryAddAsync(LeadNotification notification, string via, string? blob, CancellationToken cancellationToken = default)
    {
        try
        {
            await Leads.AddEntityAsync(new TableEntity(notification.LeadgenId, Row)
            {
                ["FormId"] = notification.FormId,
                ["PageId"] = notification.PageId,
                ["AdId"] = notification.AdId,
                ["CreatedTime"] = notification.CreatedTime,
                ["Via"] = via,
                ["Blob"] = blob,
                ["State"] = LeadStates.Pending,
                ["Attempts"] = 0,
                ["ReceivedAt"] = clock.GetUtcNow(),
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<StoredLead?> GetAsync(string leadgenId, CancellationToken cancellationToken = default)
    {
        var found = await Leads.GetEntityIfExistsAsync<TableEntity>(leadgenId, Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is not null ? FromEntity(found.Value) : null;
    }

    public Task CompleteAsync(string leadgenId, string outcome, CancellationToken cancellationToken = default) =>
        Leads.UpsertEntityAsync(new TableEntity(leadgenId, Row)
        {
            ["State"] = LeadStates.Done,
            ["Outcome"] = outcome,
            ["LastError"] = null,
            ["UpdatedAt"] = clock.GetUtcNow(),
        }, TableUpdateMode.Merge, cancellationToken);

    /// The lead stays pending; the error (a Graph error kind and code, never personal data) says why.
    public Task DeferAsync(string leadgenId, int attempts, string error, CancellationToken cancellationToken = default) =>
        Leads.UpsertEntityAsync(new TableEntity(leadgenId, Row)
        {
            ["State"] = LeadStates.Pending,
            ["Attempts"] = attempts,
            ["LastError"] = error,
            ["UpdatedAt"] = clock.GetUtcNow(),
        }, TableUpdateMode.Merge, cancellationToken);

    public async IAsyncEnumerable<StoredLead> PendingAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in Leads.QueryAsync<TableEntity>(e => e.RowKey == Row && e.GetString("State") == LeadStates.Pending, cancellationToken: cancellationToken))
            yield return FromEntity(e);
    }

    /// Unix seconds: every lead of the form created up to then is stored.
    public async Task<long?> GetCheckpointAsync(string formId, CancellationToken cancellationToken = default)
    {
        var found = await Checkpoints.GetEntityIfExistsAsync<TableEntity>(CheckpointPartition, formId, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is not null ? found.Value.GetInt64("CreatedUpTo") : null;
    }

    public Task SetCheckpointAsync(string formId, long createdUpTo, CancellationToken cancellationToken = default) =>
        Checkpoints.UpsertEntityAsync(new TableEntity(CheckpointPartition, formId)
        {
            ["CreatedUpTo"] = createdUpTo,
            ["UpdatedAt"] = clock.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken);

    private static StoredLead FromEntity(TableEntity e) => new(
        new LeadNotification
        {
            LeadgenId = e.PartitionKey,
            FormId = e.GetString("FormId"),
            PageId = e.GetString("PageId"),
            AdId = e.GetString("AdId"),
            CreatedTime = e.GetInt64("CreatedTime"),
            Attempt = e.GetInt32("Attempts") ?? 0,
        },
        e.GetString("State") ?? LeadStates.Pending,
        e.GetString("Outcome"),
        e.GetInt32("Attempts") ?? 0,
        e.GetString("LastError"),
        e.GetString("Via"));
}
