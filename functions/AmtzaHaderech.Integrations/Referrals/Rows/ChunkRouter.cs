using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.Referrals.Rows;

/// A chunk message from the `referrals` queue to the channel that reads its file. A message the
/// hub cannot read, or a channel it does not know, fails: the queue retries it and then keeps it
/// in `referrals-poison` for an operator (docs/operations.md).
public sealed class ChunkRouter(EmploymentServiceImporter employmentService, HubStorage storage)
{
    public async Task<FileResult> RunAsync(string message, CancellationToken cancellationToken = default)
    {
        var chunk = ChunkedFiles.Deserialize(message);
        var blob = storage.Container(StorageNames.Containers.Inbound).GetBlobClient(chunk.BlobName);
        var file = await InboundFile.FromBlobAsync(blob, chunk.File, cancellationToken);
        return chunk.Channel switch
        {
            EmploymentServiceImporter.Channel => await employmentService.ImportChunkAsync(chunk, file, cancellationToken),
            _ => throw new NotSupportedException($"Chunk of receipt {chunk.ReceiptId}: no channel '{chunk.Channel}'."),
        };
    }
}
