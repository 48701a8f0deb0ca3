using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// Where each SPOT feed's incremental pull stands (table `checkpoints`, partition `spot`, row =
/// feed): `Since`, what the next pull asks for (null: everything); during a pull that has not
/// reached its last page, the `Cursor` of the next page and the `RunStart` that becomes `Since`
/// once it completes.
internal sealed record SpotCheckpoint(DateTimeOffset? Since, string? Cursor, DateTimeOffset? RunStart);

internal sealed class SpotCheckpoints(HubStorage storage)
{
    public const string Partition = "spot";

    private TableClient Table => storage.Table(StorageNames.Tables.Checkpoints);

    public async Task<SpotCheckpoint> GetAsync(string feed, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, feed, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity
            ? new SpotCheckpoint(entity.GetDateTimeOffset("Since"), entity.GetString("Cursor"), entity.GetDateTimeOffset("RunStart"))
            : new SpotCheckpoint(null, null, null);
    }

    public Task SaveAsync(string feed, SpotCheckpoint checkpoint, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(new TableEntity(Partition, feed)
        {
            ["Since"] = checkpoint.Since,
            ["Cursor"] = checkpoint.Cursor,
            ["RunStart"] = checkpoint.RunStart,
        }, TableUpdateMode.Replace, cancellationToken);
}
