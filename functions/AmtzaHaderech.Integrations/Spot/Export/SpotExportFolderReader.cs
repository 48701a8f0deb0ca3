using System.Text.Json;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;

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
            var (listed, problem) = await ReadManifestAsync(folder, cancellationToken);
            if (listed is null) return ([], $"{problem}:{Manifest}");
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

    // A manifest names three files: more than this is no manifest, and is not parsed.
    private const int MaxManifestBytes = 64 * 1024;

    // The files listed, or why there are none (`unreadable`, `too_large`).
    private static async Task<(List<string>? Files, string? Problem)> ReadManifestAsync(ISpotExportFolder folder, CancellationToken cancellationToken)
    {
        var bytes = new byte[MaxManifestBytes + 1];
        int read;
        await using (var stream = await folder.OpenReadAsync(Manifest, cancellationToken))
            read = await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken);
        if (read > MaxManifestBytes) return (null, "too_large");
        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(0, read));
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("files", out var files)) root = files;
            if (root.ValueKind != JsonValueKind.Array) return (null, "unreadable");
            return ([.. root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)], null);
        }
        catch (JsonException)
        {
            return (null, "unreadable");
        }
    }
}
