using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Rows;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Referrals;

/// One chunk of a large inbound file (ChunkedFiles): decide its rows. A failure is retried by
/// the queue (five dequeues, then `referrals-poison`); a retry decides nothing twice.
public sealed class ImportReferralChunk(ChunkRouter chunks)
{
    [Function(nameof(ImportReferralChunk))]
    public Task<FileResult> Run(
        [QueueTrigger(StorageNames.Queues.Referrals, Connection = StorageNames.Connection)] string message,
        CancellationToken cancellationToken) =>
        chunks.RunAsync(message, cancellationToken);
}
