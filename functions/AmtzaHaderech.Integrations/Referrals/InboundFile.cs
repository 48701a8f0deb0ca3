namespace AmtzaHaderech.Integrations.Referrals;

/// A file to import, from disk or from a blob: re-openable, because the trailer and encoding
/// are checked on a first pass before the import streams it a second time.
public sealed record InboundFile(string Name, long Length, Func<Stream> Open)
{
    public static InboundFile FromPath(string path) =>
        new(Path.GetFileName(path), new FileInfo(path).Length, () => File.OpenRead(path));

    /// A blob a trigger handed over: each pass opens a fresh read stream.
    public static async Task<InboundFile> FromBlobAsync(Azure.Storage.Blobs.BlobClient blob, string name, CancellationToken cancellationToken = default)
    {
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        return new InboundFile(name, properties.Value.ContentLength, () => blob.OpenRead(cancellationToken: cancellationToken));
    }
}
