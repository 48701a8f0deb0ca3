using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.Referrals.Rows;

/// A channel that splits its large files into chunks (today the Employment Service's): it decides
/// the rows of one chunk.
public interface IChunkImporter
{
    /// The `Channel` of the chunks it wrote (ImportChunk.Channel).
    string Channel { get; }

    Task<FileResult> ImportChunkAsync(ImportChunk chunk, InboundFile file, CancellationToken cancellationToken = default);
}

/// A chunk message from the `referrals` queue to the channel that reads its file. A message the
/// hub cannot read, or a channel it does not know, fails: the queue retries it and then keeps it
/// in `referrals-poison` for an operator (docs/operations.md).
public sealed class ChunkRouter(IEnumerable<IChunkImporter> importers, HubStorage storage)
{
    public async Task<FileResult> RunAsync(string message, CancellationToken cancellationToken = default)
    {
        var chunk = ChunkedFiles.Deserialize(message);
        var blob = storage.Container(StorageNames.Containers.Inbound).GetBlobClient(chunk.BlobName);
        var file = await InboundFile.FromBlobAsync(blob, chunk.File, cancellationToken);
        var importer = importers.FirstOrDefault(i => i.Channel == chunk.Channel)
            ?? throw new NotSupportedException($"Chunk of receipt {chunk.ReceiptId}: no channel '{chunk.Channel}'.");
        return await importer.ImportChunkAsync(chunk, file, cancellationToken);
    }
}
