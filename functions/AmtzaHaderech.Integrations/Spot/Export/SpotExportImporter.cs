using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Imports a SPOT export folder into the store (docs/spot.md, "Importing a SPOT export"): participants, then
/// employment, then activities. SPOT's rows are mirrored, never matched with each other; each
/// participant becomes (or updates) a hub Participant whose identity keys are indexed so later
/// referrals match them; a SPOT id seen for the first time that matches a person the hub sent to
/// SPOT itself becomes that person (SpotLeadLinker). Idempotent by a content hash per row; a row missing from a later
/// export is left as it is (exports may be partial).
public sealed partial class SpotExportImporter(
    ParticipantStore participants,
    SpotMirrorStore mirror,
    SpotMirrorChanges changes,
    SpotStoreReader reader,
    TimeProvider clock,
    IOptions<HubOptions> options,
    ILogger<SpotExportImporter> logger)
{
    private const int Parallelism = 8;

    public Task<SpotExportResult> ImportFolderAsync(string path, CancellationToken cancellationToken = default) =>
        ImportAsync(new LocalSpotExportFolder(path), cancellationToken);

    public async Task<SpotExportResult> ImportAsync(ISpotExportFolder folder, CancellationToken cancellationToken = default)
    {
        var (files, refusal) = await SpotExportFolderReader.FilesAsync(folder, cancellationToken);
        if (refusal is not null) return Refused(folder, refusal);
        SpotExportRows rows;
        try
        {
            rows = await SpotExportFolderReader.ReadAsync(folder, files, options.Value.Limits(), cancellationToken);
        }
        catch (SpotExportFileException e)
        {
            return Refused(folder, $"{e.File}:{e.Reason}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RequestFailedException)
        {
            return Refused(folder, "unreadable");
        }
        var result = await ImportRowsAsync(folder.Name, rows, cancellationToken);
        if (result.Counts.Changed) await RefreshCopyAsync(cancellationToken);
        return result;
    }

    /// Makes the mirror's copy again (one read of the tables) after rows changed, so the next
    /// report reads one blob: the folder import does it at its end, the pull after its last page.
    internal Task RefreshCopyAsync(CancellationToken cancellationToken) => reader.LoadAsync(cancellationToken);

    /// Imports rows already read: a folder's files, or a page of SPOT's incremental pull.
    /// The mirror's status row brackets the writes (SpotMirrorChanges), so no reader trusts a
    /// copy of the mirror made while they are under way.
    internal async Task<SpotExportResult> ImportRowsAsync(string name, SpotExportRows rows, CancellationToken cancellationToken = default)
    {
        var followsUnfinished = await changes.BeginAsync(cancellationToken);
        var result = await WriteRowsAsync(name, rows, cancellationToken);
        await changes.EndAsync(followsUnfinished, name, result.Counts.Changed, cancellationToken);
        return result;
    }

    private async Task<SpotExportResult> WriteRowsAsync(string name, SpotExportRows rows, CancellationToken cancellationToken)
    {
        var quarantined = new List<SpotQuarantine>();
        var counts = new SpotExportCounts();
        var imported = await ImportParticipantsAsync(rows.Participants, counts.Participants, quarantined, cancellationToken);
        var known = new KnownSpotParticipants(imported, await mirror.LoadIndexAsync(mirror.ParticipantsTable, cancellationToken), participants);
        var rowImport = new SpotRowImport(mirror, known);
        await rowImport.ImportAsync(mirror.EpisodesTable, SpotExportFiles.Employment, rows.Episodes, e => e.ParticipantId, e => e.EpisodeId,
            counts.Employment, quarantined, cancellationToken);
        await rowImport.ImportAsync(mirror.ActivitiesTable, SpotExportFiles.Activities, rows.Activities, a => a.ParticipantId, a => a.ActivityId,
            counts.Activities, quarantined, cancellationToken);

        LogImported(name, counts.Participants.Imported, counts.Employment.Imported, counts.Activities.Imported, quarantined.Count);
        return new SpotExportResult
        {
            Folder = name,
            Status = SpotExportResult.StatusImported,
            Counts = counts,
            Quarantined = [.. quarantined.OrderBy(q => FileOrder(q.File)).ThenBy(q => q.Row)],
        };
    }

    /// Returns the SPOT ids of the participants this export holds (valid rows).
    private async Task<HashSet<string>> ImportParticipantsAsync(IReadOnlyList<SpotRow<SpotParticipant>> rows, SpotRowCounts counts,
        List<SpotQuarantine> quarantined, CancellationToken cancellationToken)
    {
        var stored = await mirror.LoadIndexAsync(mirror.ParticipantsTable, cancellationToken);
        var valid = new List<SpotParticipant>();
        foreach (var row in rows)
        {
            var problem = row.Quarantine ?? SpotKeys.Check(SpotExportFiles.Participants, row.Row, ("participant_id", row.Record!.ParticipantId));
            if (problem is null) valid.Add(row.Record!);
            else
            {
                quarantined.Add(problem);
                counts.Quarantined++;
            }
        }

        // A person the hub created in SPOT (or re-linked) carries SPOT's id: their rows land on them.
        var links = valid.Any(p => !stored.ContainsKey(p.ParticipantId))
            ? await participants.SpotLinksAsync(cancellationToken)
            : new Dictionary<string, string>();
        var linker = new SpotLeadLinker(participants);
        var now = clock.GetUtcNow();
        var gate = new Lock();
        // One SPOT id's rows in file order (SPOT may repeat a row); different ids in parallel.
        await Parallel.ForEachAsync(valid.GroupBy(p => p.ParticipantId), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (group, token) =>
            {
                stored.TryGetValue(group.Key, out var before);
                foreach (var spot in group)
                {
                    var hash = SpotMirrorStore.HashOf(spot);
                    var changed = before?.Hash != hash;
                    if (changed)
                    {
                        var hubId = before?.HubId ?? links.GetValueOrDefault(spot.ParticipantId)
                            ?? await linker.HubIdAsync(spot, token)
                            ?? ReferralPipeline.ParticipantIdFor(SpotParticipantMapping.SourceKey(spot.ParticipantId));
                        var saved = await SaveAsync(hubId, spot, now, token);
                        await participants.IndexAsync(saved, token);
                        // Written last: a crash before it re-imports the row next time.
                        await mirror.PutParticipantAsync(spot, hash, hubId, token);
                        before = new StoredSpotRow(spot.ParticipantId, hash, hubId);
                    }
                    lock (gate)
                    {
                        if (changed) counts.Imported++;
                        else counts.Unchanged++;
                    }
                }
            });
        return [.. valid.Select(p => p.ParticipantId)];
    }

    // Optimistic concurrency: a referral may merge into the person meanwhile; re-read and re-apply.
    private Task<Participant> SaveAsync(string hubId, SpotParticipant spot, DateTimeOffset now, CancellationToken cancellationToken) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var existing = await participants.GetAsync(hubId, cancellationToken);
            var participant = existing is null
                ? SpotParticipantMapping.Create(hubId, spot, now)
                : SpotParticipantMapping.Merge(existing.Participant, spot, now);
            await participants.SavePersonAsync(participant, existing?.ETag, cancellationToken);
            return participant;
        }, cancellationToken);

    private SpotExportResult Refused(ISpotExportFolder folder, string reason)
    {
        LogRefused(folder.Name, reason);
        return SpotExportResult.Refuse(folder.Name, reason);
    }

    private static int FileOrder(string file) =>
        file == SpotExportFiles.Participants ? 0 : file == SpotExportFiles.Employment ? 1 : 2;

    [LoggerMessage(Level = LogLevel.Information, Message = "SPOT export {Folder}: {Participants} participants, {Episodes} episodes, {Activities} activities imported; {Quarantined} rows quarantined")]
    private partial void LogImported(string folder, int participants, int episodes, int activities, int quarantined);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SPOT export {Folder} refused: {Reason}")]
    private partial void LogRefused(string folder, string reason);
}
