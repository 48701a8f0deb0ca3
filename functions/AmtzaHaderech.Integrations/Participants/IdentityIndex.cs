using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Participants;

/// The identity index: one row per identity key (an HMAC of a national ID, phone or e-mail)
/// listing the ids of the people who have it, so finding the candidates for a record is one
/// point read per key, whatever the number of people stored. A key usually has one person; a
/// shared phone or e-mail has a few.
///
/// The row key repeats the partition key: Azure serves a point read from its index either way,
/// but the emulator (Azurite) looks a point read up by row key first, so a constant row key
/// would make every read there scan the whole table (docs/benchmarks.md, "Matching").
public sealed class IdentityIndex(HubStorage storage)
{
    private const string IdsColumn = "Ids";

    /// A value shared by this many people (an agency's phone on every lead of a list) identifies
    /// nobody; further people are not added, which also keeps the row under the 64 KiB a
    /// property may hold.
    public const int MaxPeoplePerKey = 1_000;

    private TableClient Table => storage.Table(StorageNames.Tables.Identity);

    /// The people who have this key (empty when nobody has).
    public async Task<IReadOnlyList<string>> PeopleWithAsync(string key, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(key, key, [IdsColumn], cancellationToken);
        return row.HasValue && row.Value is { } entity ? IdsOf(entity) : [];
    }

    /// The key's row as it is now: its people, and the ETag and time of its last change (no ETag
    /// when nobody has the key yet). What a claim is conditional on.
    public async Task<IdentityRow> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(key, key, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity
            ? new IdentityRow(key, IdsOf(entity), entity.ETag, entity.Timestamp)
            : new IdentityRow(key, [], null, null);
    }

    /// Adds the person to the key's row only if the row is still as `read` saw it: an insert
    /// when nobody had the key, else an update with the row's ETag. False when another writer
    /// changed the row first (409, 412): that writer's person is then among the key's people,
    /// and whoever decided on `read` must look again. A person already listed, or a key shared by
    /// too many people to identify anyone, needs no write.
    public async Task<bool> ClaimAsync(IdentityRow read, string participantId, CancellationToken cancellationToken = default)
    {
        if (read.Lists(participantId) || read.Ids.Count >= MaxPeoplePerKey) return true;
        try
        {
            var entity = ToEntity(read.Key, [.. read.Ids, participantId]);
            if (read.ETag is { } etag)
                await Table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            else
                await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// Takes the person off the key's row (a claim given up: the record merged elsewhere, or
    /// another writer won one of its other keys). Idempotent.
    public Task ReleaseAsync(string key, string participantId, CancellationToken cancellationToken = default) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var row = await ReadAsync(key, cancellationToken);
            if (!row.Lists(participantId) || row.ETag is not { } etag) return;
            await Table.UpdateEntityAsync(ToEntity(key, [.. row.Ids.Where(id => id != participantId)]), etag, TableUpdateMode.Replace, cancellationToken);
        }, cancellationToken);

    /// Adds the person to the key's row. Idempotent (a person already listed changes nothing);
    /// two hosts adding people to one key at once both land: the row is written only if nobody
    /// changed it since it was read (409 on a first write, 412 after), and re-read when they did.
    public Task AddAsync(string key, string participantId, CancellationToken cancellationToken = default) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(key, key, cancellationToken: cancellationToken);
            if (!row.HasValue || row.Value is null)
            {
                await Table.AddEntityAsync(ToEntity(key, [participantId]), cancellationToken);
                return;
            }
            var ids = IdsOf(row.Value);
            if (ids.Contains(participantId, StringComparer.Ordinal) || ids.Count >= MaxPeoplePerKey) return;
            await Table.UpdateEntityAsync(ToEntity(key, [.. ids, participantId]), row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
        }, cancellationToken, addMayRace: true);

    /// The row of a key and its people, as stored (the benchmark writes its stores with it).
    public static TableEntity ToEntity(string key, IReadOnlyCollection<string> participantIds) =>
        new(key, key) { [IdsColumn] = string.Join(' ', participantIds) };

    private static IReadOnlyList<string> IdsOf(TableEntity entity) =>
        (entity.GetString(IdsColumn) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// One identity key's row as read: its people, and what a conditional write needs.
public sealed record IdentityRow(string Key, IReadOnlyList<string> Ids, ETag? ETag, DateTimeOffset? ChangedAt)
{
    public bool Lists(string participantId) => Ids.Contains(participantId, StringComparer.Ordinal);
}
