using AmtzaHaderech.Integrations.Storage;
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
            if (ids.Contains(participantId, StringComparer.Ordinal) || ids.Length >= MaxPeoplePerKey) return;
            await Table.UpdateEntityAsync(ToEntity(key, [.. ids, participantId]), row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
        }, cancellationToken, addMayRace: true);

    /// The row of a key and its people, as stored (the benchmark writes its stores with it).
    public static TableEntity ToEntity(string key, IReadOnlyCollection<string> participantIds) =>
        new(key, key) { [IdsColumn] = string.Join(' ', participantIds) };

    private static string[] IdsOf(TableEntity entity) =>
        (entity.GetString(IdsColumn) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
