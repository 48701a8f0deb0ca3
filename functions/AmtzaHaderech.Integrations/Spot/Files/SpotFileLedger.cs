using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Files;

/// What file mode remembers in table `outbox`, so that each change is in exactly one file even
/// if a push dies half-way: before a file is written, its changes are assigned to it (partition
/// `spot-file:<name>`, row = change id); a push first finishes any file with assignments left.
/// Written files are listed in partition `spot-files`; partition `spot-lock` keeps two pushes
/// from writing files at once.
public sealed class SpotFileLedger(HubStorage storage, TimeProvider clock)
{
    private const string AssignedPrefix = "spot-file:";
    private const string FilesPartition = "spot-files";
    private const string LockPartition = "spot-lock";
    private const string LockRow = "file-push";
    private const int BatchLimit = 100;
    // Locks are about processes, so real time: the hub's clock may be pinned (--now) or simulated.
    private static readonly TimeSpan LockTime = TimeSpan.FromMinutes(5);

    private TableClient Table => storage.Table(StorageNames.Tables.Outbox);

    /// A name no earlier file has: `{yyyyMMdd-HHmmss}-{kind}.csv` in Israel time, a second later if taken.
    public async Task<string> FreeNameAsync(string kind, CancellationToken cancellationToken = default)
    {
        var at = IsraelTime.Now(clock);
        for (var name = NameAt(at, kind); ; at = at.AddSeconds(1), name = NameAt(at, kind))
        {
            var listed = await Table.GetEntityIfExistsAsync<TableEntity>(FilesPartition, name, ["RowKey"], cancellationToken);
            var assigned = Table.QueryAsync<TableEntity>(e => e.PartitionKey == AssignedPrefix + name, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken);
            if (!listed.HasValue && !await assigned.AnyAsync(cancellationToken)) return name;
        }
    }

    public async Task AssignAsync(string name, string kind, IReadOnlyList<StoredSpotChange> changes, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in changes.Chunk(BatchLimit))
            await Table.SubmitTransactionAsync(chunk.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(AssignedPrefix + name, c.Change.Id) { ["ParticipantId"] = c.Change.ParticipantId, ["Kind"] = kind })), cancellationToken);
    }

    /// Files a push assigned changes to but did not finish: name -> (kind, the changes' people and ids).
    public async Task<Dictionary<string, (string Kind, List<(string ParticipantId, string ChangeId)> Changes)>> UnfinishedAsync(CancellationToken cancellationToken = default)
    {
        var files = new Dictionary<string, (string, List<(string, string)>)>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {AssignedPrefix} and PartitionKey lt {"spot-file;"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var name = row.PartitionKey[AssignedPrefix.Length..];
            if (!files.TryGetValue(name, out var file)) files[name] = file = (row.GetString("Kind"), []);
            file.Item2.Add((row.GetString("ParticipantId"), row.RowKey));
        }
        return files;
    }

    /// The file is written and its changes marked: list it, drop its assignments.
    public async Task CompleteAsync(SpotImportFile file, IReadOnlyList<StoredSpotChange> changes, CancellationToken cancellationToken = default)
    {
        await Table.UpsertEntityAsync(new TableEntity(FilesPartition, file.Name)
        {
            ["Kind"] = file.Kind,
            ["Rows"] = file.Rows,
            ["Blob"] = file.Blob,
            ["WrittenAt"] = clock.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken);
        foreach (var chunk in changes.Chunk(BatchLimit))
            await Table.SubmitTransactionAsync(chunk.Select(c => new TableTransactionAction(TableTransactionActionType.Delete,
                new TableEntity(AssignedPrefix + file.Name, c.Change.Id), ETag.All)), cancellationToken);
    }

    public async Task<IReadOnlyList<SpotImportFile>> WrittenAsync(CancellationToken cancellationToken = default)
    {
        var files = new List<SpotImportFile>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == FilesPartition, cancellationToken: cancellationToken))
            files.Add(new SpotImportFile(row.RowKey, row.GetString("Kind"), row.GetInt32("Rows") ?? 0, row.GetString("Blob")));
        return files;
    }

    /// The push lock's ETag, or null when another push holds it (a lock older than five minutes
    /// is taken over: its holder died).
    public async Task<ETag?> TryLockAsync(CancellationToken cancellationToken = default)
    {
        var lease = new TableEntity(LockPartition, LockRow) { ["Until"] = DateTimeOffset.UtcNow + LockTime };
        try
        {
            return (await Table.AddEntityAsync(lease, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var held = await Table.GetEntityIfExistsAsync<TableEntity>(LockPartition, LockRow, cancellationToken: cancellationToken);
            if (!held.HasValue || held.Value is not { } current || current.GetDateTimeOffset("Until") > DateTimeOffset.UtcNow) return null;
            try
            {
                return (await Table.UpdateEntityAsync(lease, current.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag;
            }
            catch (RequestFailedException again) when (again.Status is 404 or 412)
            {
                return null;
            }
        }
    }

    public async Task UnlockAsync(ETag lease, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.DeleteEntityAsync(LockPartition, LockRow, lease, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Taken over after it expired: not ours to delete.
        }
    }

    private static string NameAt(DateTimeOffset local, string kind) =>
        local.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + $"-{kind}.csv";
}
