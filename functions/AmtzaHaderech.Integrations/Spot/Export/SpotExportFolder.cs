namespace AmtzaHaderech.Integrations.Spot.Export;

/// Where an export's files are (a local folder: `amtza import spot-export`, the demo). Files are
/// opened by their bare names.
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
