using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// The status row (table `checkpoints`, partition `spot`, row `mirror`), changed with ETags so
/// two writers (a pull and an export import) never lose each other's step.
public sealed class SpotMirrorChanges(HubStorage storage, TimeProvider clock)
{
    public const string PullPrefix = "spot-pull:";
    private const string Row = "mirror";

    private TableClient Table => storage.Table(StorageNames.Tables.Checkpoints);

    public async Task<SpotMirrorStatus> GetAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync(cancellationToken)).Status;

    /// Before a write touches the mirror's rows. Returns whether another write was still under
    /// way (or had died): its rows may have changed, so this one's end moves the version.
    public async Task<bool> BeginAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var followsUnfinished = false;
        await UpdateAsync(s =>
        {
            followsUnfinished = s.ChangingSince is not null;
            return s with { ChangingSince = s.ChangingSince ?? now };
        }, cancellationToken);
        return followsUnfinished;
    }

    /// After the write: the version moves when rows changed or an unfinished write came before
    /// this one; either way the mirror is settled again and fed now.
    public Task EndAsync(bool followsUnfinished, string fedBy, bool changed, CancellationToken cancellationToken = default) =>
        UpdateAsync(s => s with
        {
            Version = changed || followsUnfinished ? s.Version + 1 : s.Version,
            ChangingSince = null,
            FedAt = clock.GetUtcNow(),
            FedBy = fedBy,
        }, cancellationToken);

    // Another writer may move the row meanwhile: the step is then applied to what it wrote.
    private Task UpdateAsync(Func<SpotMirrorStatus, SpotMirrorStatus> change, CancellationToken cancellationToken) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var (status, etag) = await ReadAsync(cancellationToken);
            var next = change(status);
            var entity = new TableEntity(SpotCheckpoints.Partition, Row)
            {
                ["Version"] = next.Version,
                ["ChangingSince"] = next.ChangingSince,
                ["FedAt"] = next.FedAt,
                ["FedBy"] = next.FedBy,
            };
            if (etag is { } e) await Table.UpdateEntityAsync(entity, e, TableUpdateMode.Replace, cancellationToken);
            else await Table.AddEntityAsync(entity, cancellationToken);
        }, cancellationToken, addMayRace: true);

    private async Task<(SpotMirrorStatus Status, ETag? ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(SpotCheckpoints.Partition, Row, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } entity) return (SpotMirrorStatus.Never, null);
        return (new SpotMirrorStatus(entity.GetInt64("Version") ?? 0, entity.GetDateTimeOffset("ChangingSince"),
            entity.GetDateTimeOffset("FedAt"), entity.GetString("FedBy")), entity.ETag);
    }
}
