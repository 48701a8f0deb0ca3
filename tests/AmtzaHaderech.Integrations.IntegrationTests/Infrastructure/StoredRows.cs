using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// What an import left in the store: every row in every table but a refused file's own summary
/// in the intake ledger, as `table/partition/row`.
public static class StoredRows
{
    public static async Task<List<string>> AllAsync(TestHub hub)
    {
        var storage = hub.Get<HubStorage>();
        var rows = new List<string>();
        foreach (var table in StorageNames.Tables.All)
            await foreach (var entity in storage.Table(table).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
                if (!(table == StorageNames.Tables.IntakeLedger && entity.RowKey == IntakeLedger.FileSummaryRow))
                    rows.Add($"{table}/{entity.PartitionKey}/{entity.RowKey}");
        return rows;
    }
}
