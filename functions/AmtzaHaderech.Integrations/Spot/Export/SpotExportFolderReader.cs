using System.Text.Json;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Every row of a folder's files, read before anything is written so that a file that cannot
/// be read refuses the folder whole instead of leaving half an import.
internal sealed record SpotExportRows(
    IReadOnlyList<SpotRow<SpotParticipant>> Participants,
    IReadOnlyList<SpotRow<SpotEpisode>> Episodes,
    IReadOnlyList<SpotRow<SpotActivity>> Activities);

internal static class SpotExportFolderReader
{
    public const string Manifest = "manifest.json";
    private static readonly string[] AllFiles = [SpotExportFiles.Participants, SpotExportFiles.Employment, SpotExportFiles.Activities];

    /// The files to import, in import order, or why the folder is refused: all three must be
    /// there unless a manifest lists the ones it holds (`{"files": [...]}` or a bare array).
    public static async Task<(IReadOnlyList<string> Files, string? Refusal)> FilesAsync(ISpotExportFolder folder, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> wanted = AllFiles;
        if (await folder.ExistsAsync(Manifest, cancellationToken))
        {
            var listed = await ReadManifestAsync(folder, cancellationToken);
            if (listed is null) return ([], "unreadable:" + Manifest);
            wanted = [.. AllFiles.Where(f => listed.Contains(f, StringComparer.OrdinalIgnoreCase))];
        }
        var missing = new List<string>();
        foreach (var file in wanted)
            if (!await folder.ExistsAsync(file, cancellationToken)) missing.Add(file);
        if (missing.Count > 0) return ([], "missing_file:" + string.Join(',', missing));
        return wanted.Count == 0 ? ([], "empty:" + Manifest) : (wanted, null);
    }

    /// Throws SpotExportFileException when a file cannot be read at all.
    public static async Task<SpotExportRows> ReadAsync(ISpotExportFolder folder, IReadOnlyList<string> files, FileLimits limits, CancellationToken cancellationToken)
    {
        var participants = await ReadFileAsync(folder, files, SpotExportFiles.Participants,
            s => SpotExportReader.ReadParticipantsAsync(s, limits, cancellationToken), cancellationToken);
        var episodes = await ReadFileAsync(folder, files, SpotExportFiles.Employment,
            s => SpotExportReader.ReadEmploymentAsync(s, null, limits, cancellationToken), cancellationToken);
        var activities = await ReadFileAsync(folder, files, SpotExportFiles.Activities,
            s => SpotExportReader.ReadActivitiesAsync(s, null, limits, cancellationToken), cancellationToken);
        return new SpotExportRows(participants, episodes, activities);
    }

    private static async Task<List<SpotRow<T>>> ReadFileAsync<T>(ISpotExportFolder folder, IReadOnlyList<string> files, string file,
        Func<Stream, IAsyncEnumerable<SpotRow<T>>> read, CancellationToken cancellationToken) where T : class
    {
        var rows = new List<SpotRow<T>>();
        if (!files.Contains(file)) return rows;
        await using var stream = await folder.OpenReadAsync(file, cancellationToken);
        await foreach (var row in read(stream).WithCancellation(cancellationToken)) rows.Add(row);
        return rows;
    }

    private static async Task<List<string>?> ReadManifestAsync(ISpotExportFolder folder, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await folder.OpenReadAsync(Manifest, cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("files", out var files)) root = files;
            if (root.ValueKind != JsonValueKind.Array) return null;
            return [.. root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
