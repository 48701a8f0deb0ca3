using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Spot;

/// A person's change was stored with its outbox entry: deliver that person's due changes now.
/// A failure leaves the change pending in the outbox (the sweep retries it), so the message
/// itself never needs a retry.
public sealed class PushSpotChange(SpotSync spot)
{
    [Function(nameof(PushSpotChange))]
    public Task<SpotPushResult> Run(
        [QueueTrigger(StorageNames.Queues.SpotOutbox, Connection = StorageNames.Connection)] string participantId,
        CancellationToken cancellationToken) =>
        spot.PushPersonAsync(participantId.Trim(), cancellationToken);
}
