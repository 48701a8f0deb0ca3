using AmtzaHaderech.Integrations.Spot.Mirror;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Imports the rows of employment.csv or activities.csv into their mirror table: a row of an
/// unknown participant is quarantined, an unchanged one (same hash) is not written, the rest
/// are upserted in per-participant transactions.
public sealed class SpotRowImport(SpotMirrorStore mirror, KnownSpotParticipants known)
{
    public async Task ImportAsync<T>(TableClient table, string file, IReadOnlyList<SpotRow<T>> rows,
        Func<T, string> participantOf, Func<T, string> idOf, SpotRowCounts counts, List<SpotQuarantine> quarantined,
        CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0) return;
        var idColumn = file == SpotExportFiles.Employment ? "episode_id" : "activity_id";
        var stored = await mirror.LoadIndexAsync(table, cancellationToken);
        // Keyed by row id: when SPOT repeats a row, the last one is what is stored.
        var changed = new Dictionary<string, (string ParticipantId, string RowId, string Hash, T Record)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var problem = row.Quarantine
                ?? SpotKeys.Check(file, row.Row, (idColumn, idOf(row.Record!)), ("participant_id", participantOf(row.Record!)))
                ?? (await known.ContainsAsync(participantOf(row.Record!), cancellationToken)
                    ? null
                    : new SpotQuarantine(file, row.Row, SpotQuarantineReasons.UnknownParticipant));
            if (problem is not null)
            {
                quarantined.Add(problem);
                counts.Quarantined++;
                continue;
            }
            var record = row.Record!;
            var (id, participantId, hash) = (idOf(record), participantOf(record), SpotMirrorStore.HashOf(record));
            if (stored.TryGetValue(id, out var before) && before.Hash == hash && before.Partition == participantId && !changed.ContainsKey(id))
            {
                counts.Unchanged++;
                continue;
            }
            changed[id] = (participantId, id, hash, record);
            counts.Imported++;
        }

        var moved = changed.Values
            .Where(c => stored.TryGetValue(c.RowId, out var before) && before.Partition != c.ParticipantId)
            .Select(c => (stored[c.RowId].Partition, c.RowId));
        await mirror.PutRowsAsync(table, changed.Values, moved, cancellationToken);
    }
}

/// The SPOT participants an episode or activity may belong to: those of this export, those
/// already mirrored, and those the hub holds under the id SPOT's id maps to.
public sealed class KnownSpotParticipants(
    IReadOnlySet<string> inExport,
    IReadOnlyDictionary<string, StoredSpotRow> mirrored,
    Participants.ParticipantStore participants)
{
    private readonly Dictionary<string, bool> _inHub = new(StringComparer.Ordinal);

    public async Task<bool> ContainsAsync(string spotId, CancellationToken cancellationToken)
    {
        if (inExport.Contains(spotId) || mirrored.ContainsKey(spotId)) return true;
        if (_inHub.TryGetValue(spotId, out var known)) return known;
        var hubId = Referrals.ReferralPipeline.ParticipantIdFor(SpotParticipantMapping.SourceKey(spotId));
        var stored = await participants.GetAsync(hubId, cancellationToken);
        return _inHub[spotId] = stored?.Participant.SpotId == spotId;
    }
}

/// Ids become table keys: a key Table storage cannot hold quarantines the row instead of failing the batch.
internal static class SpotKeys
{
    public static SpotQuarantine? Check(string file, int row, params (string Column, string Value)[] keys)
    {
        foreach (var (column, value) in keys)
            if (value.Length > 255 || value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
                return new SpotQuarantine(file, row, $"bad_id:{column}");
        return null;
    }
}
