using Azure;
using Azure.Data.Tables;
using static AmtzaHaderech.Integrations.FollowUps.State.FollowUpRows;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// A named lease in the scheduler's partition (row `lease|{name}`), so that of two runs at once
/// only one does a step that cannot be claimed item by item (posting the Teams announcement). A
/// lease left by a crashed run lapses after its duration.
public sealed class FollowUpLease(FollowUpStore store)
{
    public async Task<bool> TryTakeAsync(string name, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var row = LeasePrefix + name;
        var lease = new TableEntity(SchedulerPartition, row) { ["Until"] = now + duration };
        try
        {
            var existing = await store.Table.GetEntityIfExistsAsync<TableEntity>(SchedulerPartition, row, cancellationToken: cancellationToken);
            if (!existing.HasValue) await store.Table.AddEntityAsync(lease, cancellationToken);
            else if (existing.Value!.GetDateTimeOffset("Until") is { } until && until > now) return false;
            else await store.Table.UpdateEntityAsync(lease, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false; // another run took it between the read and the write
        }
    }

    public Task ReleaseAsync(string name, CancellationToken cancellationToken = default) =>
        store.Table.DeleteEntityAsync(SchedulerPartition, LeasePrefix + name, ETag.All, cancellationToken);
}
