using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Facebook;

/// A queued leadgen notification: fetch the lead from Graph and import it; or a queued webhook
/// delivery: store and queue each of its new leads. Throttling and a refused token are handled
/// inside (re-queued with a delay, or kept pending), so the message completes; only an
/// unexpected failure lets the host retry it and, at last, poison it.
public sealed class FetchFacebookLead(FetchFacebookLeadHandler handler)
{
    [Function(nameof(FetchFacebookLead))]
    public Task<FetchResult> Run(
        [QueueTrigger(StorageNames.Queues.FacebookLeads, Connection = StorageNames.Connection)] string message,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(FacebookLeadQueue.Decode(message), cancellationToken);
}
