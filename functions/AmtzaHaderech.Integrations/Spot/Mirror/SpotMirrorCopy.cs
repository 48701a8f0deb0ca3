using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// The whole SPOT mirror as one compressed blob (container `spot-mirror`), tagged with the
/// mirror's version: reading it is one download, where reading the tables is a query of every
/// row (a report of 20,000 participants reads well over 100,000 rows). It is a copy, never the
/// truth: a copy of another version than the status row's is not used.
public sealed class SpotMirrorCopy(HubStorage storage)
{
    private const string BlobName = "mirror.json.gz";
    private const string VersionKey = "version";

    private BlobClient Blob => storage.Container(StorageNames.Containers.SpotMirror).GetBlobClient(BlobName);

    /// The copy made at `version`, or null (none yet, another version, or unreadable).
    public async Task<SpotSnapshot?> LoadAsync(long version, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await Blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            using var content = download.Value.Content;
            if (!download.Value.Details.Metadata.TryGetValue(VersionKey, out var tag) || tag != version.ToString(CultureInfo.InvariantCulture))
                return null;
            await using var unzipped = new GZipStream(content, CompressionMode.Decompress);
            var rows = await JsonSerializer.DeserializeAsync<Rows>(unzipped, ParticipantStore.Json, cancellationToken);
            return rows is null ? null : new SpotSnapshot(rows.Participants, rows.Episodes, rows.Activities);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return null; // a damaged copy is made again from the tables
        }
    }

    public async Task SaveAsync(long version, SpotSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            await JsonSerializer.SerializeAsync(zip, new Rows(snapshot.Participants, snapshot.Episodes, snapshot.Activities), ParticipantStore.Json, cancellationToken);
        buffer.Position = 0;
        await Blob.UploadAsync(buffer, new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [VersionKey] = version.ToString(CultureInfo.InvariantCulture) },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json", ContentEncoding = "gzip" },
        }, cancellationToken);
    }

    private sealed record Rows(IReadOnlyList<SpotParticipant> Participants, IReadOnlyList<SpotEpisode> Episodes, IReadOnlyList<SpotActivity> Activities);
}
