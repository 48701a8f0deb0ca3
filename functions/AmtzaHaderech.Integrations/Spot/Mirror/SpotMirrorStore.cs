using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// SPOT's rows exactly as exported, one table per file: partition = SPOT's participant_id, row =
/// `participant`, the episode_id or the activity_id. Each row keeps the JSON of the record and its
/// content hash, so a re-import recognises an unchanged row without comparing fields; a
/// participant row also keeps the hub id of the person it was mirrored into.
public sealed class SpotMirrorStore(HubStorage storage)
{
    public const string ParticipantRow = "participant";
    private const int BatchLimit = 100; // Table storage's transaction limit

    internal TableClient ParticipantsTable => storage.Table(StorageNames.Tables.SpotParticipants);
    internal TableClient EpisodesTable => storage.Table(StorageNames.Tables.SpotEpisodes);
    internal TableClient ActivitiesTable => storage.Table(StorageNames.Tables.SpotActivities);

    public static string HashOf<T>(T record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, ParticipantStore.Json))).AsSpan(0, 16));

    /// What is stored of every row of a table, keyed by the row's own id (the participant id for
    /// participants, the episode or activity id otherwise): its partition, hash and hub id.
    public async Task<Dictionary<string, StoredSpotRow>> LoadIndexAsync(TableClient table, CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<string, StoredSpotRow>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "Hash", "HubId"], cancellationToken: cancellationToken))
        {
            var id = entity.RowKey == ParticipantRow ? entity.PartitionKey : entity.RowKey;
            rows[id] = new StoredSpotRow(entity.PartitionKey, entity.GetString("Hash"), entity.GetString("HubId"));
        }
        return rows;
    }

    public Task PutParticipantAsync(SpotParticipant participant, string hash, string hubId, CancellationToken cancellationToken = default) =>
        ParticipantsTable.UpsertEntityAsync(new TableEntity(participant.ParticipantId, ParticipantRow)
        {
            ["Hash"] = hash,
            ["HubId"] = hubId,
            ["Data"] = JsonSerializer.Serialize(participant, ParticipantStore.Json),
        }, TableUpdateMode.Replace, cancellationToken);

    /// Upserts rows in transactions per partition; `moved` are rows SPOT re-assigned to another
    /// participant, whose copy under the old partition is deleted so the row exists once.
    public async Task PutRowsAsync<T>(TableClient table, IEnumerable<(string ParticipantId, string RowId, string Hash, T Record)> rows,
        IEnumerable<(string ParticipantId, string RowId)> moved, CancellationToken cancellationToken = default)
    {
        var actions = rows.Select(r => (r.ParticipantId, new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(r.ParticipantId, r.RowId) { ["Hash"] = r.Hash, ["Data"] = JsonSerializer.Serialize(r.Record, ParticipantStore.Json) })))
            .Concat(moved.Select(m => (m.ParticipantId, new TableTransactionAction(TableTransactionActionType.Delete,
                new TableEntity(m.ParticipantId, m.RowId), Azure.ETag.All))));
        foreach (var partition in actions.GroupBy(a => a.ParticipantId))
            foreach (var chunk in partition.Select(a => a.Item2).Chunk(BatchLimit))
                await table.SubmitTransactionAsync(chunk, cancellationToken);
    }

    public async IAsyncEnumerable<T> AllAsync<T>(TableClient table, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(select: ["Data"], cancellationToken: cancellationToken))
            yield return JsonSerializer.Deserialize<T>(entity.GetString("Data"), ParticipantStore.Json)!;
    }
}

public sealed record StoredSpotRow(string Partition, string? Hash, string? HubId);
