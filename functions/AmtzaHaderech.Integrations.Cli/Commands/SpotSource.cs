using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// SPOT's data for a report or a plan, and where it came from. The store (what
/// `import spot-export` and `spot pull` mirrored) is the one source; `--spot-export <folder>`
/// asks "what if" of a folder instead, and only when given. No default folder: a report of
/// someone else's data is worse than no report. From the store, the hub session stays open
/// for what else the command reads there (disposed with the source).
internal sealed record SpotSource(SpotSnapshot Data, string Description, object Json) : IAsyncDisposable
{
    public HubSession? Session { get; private init; }

    public ValueTask DisposeAsync() => Session?.DisposeAsync() ?? ValueTask.CompletedTask;

    public static Option<DirectoryInfo?> FolderOption() => new("--spot-export")
    {
        Description = "What-if: compute from this SPOT export folder (participants.csv, employment.csv, activities.csv) instead of the store.",
    };

    public static SpotSource FromStore(SpotStoreData store, HubSession? session = null) => new(store.Data, store.Status.Describe(), new
    {
        kind = "store",
        fedAt = store.Status.FedAt?.ToString("o", CultureInfo.InvariantCulture),
        fedBy = store.Status.FedBy,
    })
    { Session = session };

    /// The folder's snapshot, or null (and a usage message) when its files are not there.
    public static async Task<SpotSource?> FromFolderAsync(DirectoryInfo folder, CancellationToken cancellationToken)
    {
        string[] files = [SpotExportFiles.Participants, SpotExportFiles.Employment, SpotExportFiles.Activities];
        if (!files.All(f => File.Exists(Path.Combine(folder.FullName, f)))) return null;
        var data = await SpotExportReader.ReadFolderAsync(folder.FullName, cancellationToken: cancellationToken);
        return new SpotSource(data, $"נתוני SPOT מתיקיית הייצוא {folder.FullName}", new { kind = "folder", path = folder.FullName });
    }

    /// From `--spot-export` when given, else from the store; null after printing why not (the
    /// exit code is returned in `exitCode`).
    public static async Task<(SpotSource? Source, int ExitCode)> LoadAsync(ParseResult parse, Option<DirectoryInfo?> folderOption, CancellationToken cancellationToken)
    {
        if (parse.GetValue(folderOption) is { } folder)
            return await FromFolderAsync(folder, cancellationToken) is { } fromFolder
                ? (fromFolder, 0)
                : (null, ReportCommands.Usage($"--spot-export {folder.FullName} must be a folder with {SpotExportFiles.Participants}, {SpotExportFiles.Employment} and {SpotExportFiles.Activities}."));
        return await LoadStoreAsync(parse, cancellationToken);
    }

    /// From the store only (a report that also reads the hub's own records has no what-if).
    public static async Task<(SpotSource? Source, int ExitCode)> LoadStoreAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var session = await HubSession.OpenAsync(parse, cancellationToken);
        var store = await session.Get<SpotStoreReader>().LoadAsync(cancellationToken);
        if (!store.IsEmpty) return (FromStore(store, session), 0);
        await session.DisposeAsync();
        return (null, await EmptyStoreAsync(parse, cancellationToken));
    }

    /// docs/cli.md's "could not do its job": exit 1, one line saying which command fills the store.
    public static async Task<int> EmptyStoreAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync($"amtza: {SpotStoreData.EmptyReason}");
        await JsonOutput.WriteAsync(parse, new { error = "no_spot_data", reason = SpotStoreData.EmptyReason }, cancellationToken);
        return 1;
    }
}
