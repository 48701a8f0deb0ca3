using Azure.Storage.Blobs;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Where an export's files are: a local folder (the CLI) or blobs under one prefix (the trigger,
/// `inbound/spot-export/{yyyyMMdd}/`). Files are opened by their bare names.
public interface ISpotExportFolder
{
    string Name { get; }
    Task<bool> ExistsAsync(string file, CancellationToken cancellationToken = default);
    Task<Stream> OpenReadAsync(string file, CancellationToken cancellationToken = default);
}

public sealed class LocalSpotExportFolder(string path) : ISpotExportFolder
{
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));

    public Task<bool> ExistsAsync(string file, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(Path.Combine(path, file)));

    public Task<Stream> OpenReadAsync(string file, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream>(File.OpenRead(Path.Combine(path, file)));
}

public sealed class BlobSpotExportFolder(BlobContainerClient container, string prefix) : ISpotExportFolder
{
    private readonly string _prefix = prefix.TrimEnd('/') + "/";

    public string Name => _prefix.TrimEnd('/');

    public async Task<bool> ExistsAsync(string file, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(_prefix + file).ExistsAsync(cancellationToken);

    public async Task<Stream> OpenReadAsync(string file, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(_prefix + file).OpenReadAsync(cancellationToken: cancellationToken);
}
