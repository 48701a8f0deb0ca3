using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;

namespace AmtzaHaderech.Integrations.Teams;

/// A channel's files through Microsoft Graph: finds the channel folder, makes sure
/// `<RootFolder>/<yyyy>` exists in it, and uploads a file there, replacing one of the same name;
/// or downloads a file from there, bounded. Graph's retry handler (GraphClientFactory) waits out
/// 429 + Retry-After on every call.
public sealed class TeamsFiles(GraphTokenProvider tokens, IOptions<ReportsOptions> options)
{
    private const string ConflictBehavior = "@microsoft.graph.conflictBehavior";

    private readonly ReportsOptions _options = options.Value;
    private readonly GraphServiceClient _graph = new(
        GraphClientFactory.Create(), new BaseBearerTokenAuthenticationProvider(tokens), options.Value.GraphBaseUrl);

    public async Task<DriveItem> UploadAsync(TeamsChannelOptions channel, int year, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(content);
        var (driveId, folderId) = await ChannelFolderAsync(channel, cancellationToken);
        var root = await EnsureFolderAsync(driveId, folderId, _options.RootFolder, cancellationToken);
        var yearFolder = await EnsureFolderAsync(driveId, root, year.ToString("D4", CultureInfo.InvariantCulture), cancellationToken);
        var target = _graph.Drives[driveId].Items[yearFolder].ItemWithPath(fileName);

        if (content.Length < _options.SimpleUploadLimit)
        {
            using var stream = new MemoryStream(content, writable: false);
            // A PUT to a path replaces a file of the same name (conflict behavior `replace` is its default).
            return await target.Content.PutAsync(stream, cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException("Graph answered the upload without the file's item.");
        }

        var session = await target.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { [ConflictBehavior] = "replace" } },
        }, cancellationToken: cancellationToken) ?? throw new InvalidOperationException("Graph did not open an upload session.");
        using var upload = new MemoryStream(content, writable: false);
        // No request adapter: the task makes its own, without the bearer token (the session URL
        // is pre-authorized and rejects one), with Graph's retry handler.
        var task = new LargeFileUploadTask<DriveItem>(session, upload, _options.ChunkSize);
        var result = await task.UploadAsync(cancellationToken: cancellationToken);
        return result.UploadSucceeded && result.ItemResponse is { } item
            ? item
            : throw new InvalidOperationException("The upload session ended without the file's item.");
    }

    /// The file `<RootFolder>/<yyyy>/<fileName>` of the channel as it is now, or null when it is
    /// not there (yet). Its size is checked before a byte is downloaded, and the download stops
    /// past `maxBytes` whatever the size said: a file over it is refused (FileTooLargeException).
    public async Task<byte[]?> DownloadAsync(TeamsChannelOptions channel, int year, string fileName, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var (driveId, folderId) = await ChannelFolderAsync(channel, cancellationToken);
        string? parent = folderId;
        DriveItem? item = null;
        foreach (var name in new[] { _options.RootFolder, year.ToString("D4", CultureInfo.InvariantCulture), fileName })
        {
            item = parent is null ? null : await FindAsync(driveId, parent, name, cancellationToken);
            if (item is null) return null;
            parent = item.Folder is not null ? item.Id : null;
        }
        if (item is not { Id: { } id, File: not null })
            throw new InvalidDataException($"'{fileName}' in the channel's files is not a file.");
        if (item.Size > maxBytes)
            throw new FileTooLargeException($"{fileName}: {item.Size} bytes, more than the {maxBytes} a list may have; not downloaded.");
        await using var content = await _graph.Drives[driveId].Items[id].Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph answered the download without the file's content.");
        return await ReadAtMostAsync(content, maxBytes, fileName, cancellationToken);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, long maxBytes, string fileName, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (bytes.Length + read > maxBytes)
                throw new FileTooLargeException($"{fileName}: more than the {maxBytes} bytes a list may have; the download was stopped.");
            bytes.Write(buffer, 0, read);
        }
        return bytes.ToArray();
    }

    private async Task<(string DriveId, string FolderId)> ChannelFolderAsync(TeamsChannelOptions channel, CancellationToken cancellationToken)
    {
        if (channel.HasFolder) return (channel.DriveId!, channel.FolderId!);
        var folder = await _graph.Teams[channel.TeamId].Channels[channel.ChannelId].FilesFolder.GetAsync(cancellationToken: cancellationToken);
        return folder is { Id: { } id, ParentReference.DriveId: { } drive }
            ? (drive, id)
            : throw new InvalidOperationException("Graph returned the channel's files folder without its drive or item id.");
    }

    private async Task<string> EnsureFolderAsync(string driveId, string parentId, string name, CancellationToken cancellationToken)
    {
        if (await FindAsync(driveId, parentId, name, cancellationToken) is { } existing) return FolderId(existing, name);
        try
        {
            var created = await _graph.Drives[driveId].Items[parentId].Children.PostAsync(new DriveItem
            {
                Name = name,
                Folder = new Folder(),
                AdditionalData = new Dictionary<string, object> { [ConflictBehavior] = "fail" },
            }, cancellationToken: cancellationToken);
            return FolderId(created, name);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            // Made meanwhile by another run: use it.
            return FolderId(await FindAsync(driveId, parentId, name, cancellationToken), name);
        }
    }

    private async Task<DriveItem?> FindAsync(string driveId, string parentId, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await _graph.Drives[driveId].Items[parentId].ItemWithPath(name).GetAsync(cancellationToken: cancellationToken);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static string FolderId(DriveItem? item, string name) =>
        item is { Id: { } id, Folder: not null }
            ? id
            : throw new InvalidOperationException($"'{name}' in the channel's files is not a folder.");
}
