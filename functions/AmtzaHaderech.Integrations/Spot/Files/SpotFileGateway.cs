using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Spot.Files;

/// `file` mode: pending changes become SPOT bulk-import files in `outbound/spot/`, one file per
/// kind per push, for staff to upload. A change is in exactly one file and is no longer pending
/// once its file is written. There is nothing to pull: SPOT's exports come in as folders
/// (`amtza import spot-export`).
public sealed partial class SpotFileGateway(
    SpotOutbox outbox,
    SpotFileLedger ledger,
    SpotPushReport report,
    ParticipantStore participants,
    HubStorage storage,
    ILogger<SpotFileGateway> logger) : ISpotGateway
{
    public const string Folder = "spot/";

    public string Mode => SpotOptions.ModeFile;

    public Task<SpotPullResult> PullAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new SpotPullResult { Mode = Mode });

    public async Task<SpotPushResult> PushAsync(SpotPushScope scope, CancellationToken cancellationToken = default)
    {
        // One person's changes are not worth a file of their own: the sweep batches everyone's.
        if (scope.ParticipantId is not null) return await report.BuildAsync(Mode, scope, 0, [], [], cancellationToken);
        if (await ledger.TryLockAsync(cancellationToken) is not { } lease)
        {
            var busy = await report.BuildAsync(Mode, scope, 0, [], [], cancellationToken);
            return busy with { Failed = [new SpotFailure("spot-file-push", "busy: another push is writing SPOT import files; try again in a few minutes"), .. busy.Failed] };
        }
        try
        {
            var files = new List<SpotImportFile>();
            foreach (var (name, (kind, assigned)) in await ledger.UnfinishedAsync(cancellationToken))
            {
                var changes = new List<StoredSpotChange>();
                foreach (var (participantId, changeId) in assigned)
                    if (await outbox.ChangeAsync(participantId, changeId, cancellationToken) is { } change) changes.Add(change);
                files.Add(await WriteAsync(name, kind, changes, cancellationToken));
            }

            var people = await outbox.PendingPeopleAsync(cancellationToken);
            var pending = new List<StoredSpotChange>();
            foreach (var person in people) pending.AddRange(await outbox.ChangesAsync(person.ParticipantId, OutboxRows.Pending, cancellationToken));
            var byKind = pending.OrderBy(c => c.Change.CreatedAt).ThenBy(c => c.Change.ParticipantId, StringComparer.Ordinal).ThenBy(c => c.Sequence)
                .ToLookup(c => SpotImportFiles.KindOf(c.Change.Kind));
            foreach (var kind in SpotImportFiles.Kinds.Where(byKind.Contains))
            {
                var name = await ledger.FreeNameAsync(kind, cancellationToken);
                var changes = byKind[kind].ToList();
                await ledger.AssignAsync(name, kind, changes, cancellationToken);
                files.Add(await WriteAsync(name, kind, changes, cancellationToken));
            }
            foreach (var person in people) await outbox.ReleaseIfDoneAsync(person, cancellationToken);
            return await report.BuildAsync(Mode, scope, files.Sum(f => f.Rows), [], files, cancellationToken);
        }
        finally
        {
            await ledger.UnlockAsync(lease, CancellationToken.None);
        }
    }

    /// Writes the file unless a push that died already did, then marks its changes written.
    private async Task<SpotImportFile> WriteAsync(string name, string kind, IReadOnlyList<StoredSpotChange> changes, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.Containers.Outbound).GetBlobClient(Folder + name);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            var spotIds = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var participantId in changes.Select(c => c.Change.ParticipantId).Distinct())
                spotIds[participantId] = (await participants.GetAsync(participantId, cancellationToken))?.Participant.SpotId;
            var content = SpotImportFiles.Render(kind, changes.Select(c => c.Change), id => spotIds.GetValueOrDefault(id));
            await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/csv; charset=utf-8" } }, cancellationToken);
        }
        foreach (var change in changes.Where(c => c.State == OutboxRows.Pending))
            await outbox.DeliveredAsync(change, Folder + name, null, cancellationToken);
        var file = new SpotImportFile(name, kind, changes.Count, Folder + name);
        await ledger.CompleteAsync(file, changes, cancellationToken);
        LogWritten(name, changes.Count);
        return file;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SPOT import file {File} written with {Rows} changes")]
    private partial void LogWritten(string file, int rows);
}
