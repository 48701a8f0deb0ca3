using System.Text.Json;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook.Webhook;

/// The work of a webhook delivery, done from the queue after Facebook has its 200: each leadgen
/// notification of the body kept in `raw/` becomes a row in `facebookleads` and, when new, a
/// message to fetch it. A delivery handled twice (Facebook's retry, the queue's) adds nothing;
/// a lead whose row was written but whose message was lost stays pending for the reconciliation.
public sealed partial class WebhookDeliveries(
    HubStorage storage,
    FacebookLeadStore leads,
    FacebookLeadQueue queue,
    IOptionsMonitor<FacebookOptions> options,
    ILogger<WebhookDeliveries> logger)
{
    /// How many of the delivery's leads were new (stored and queued).
    public async Task<int> RecordAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var body = (await storage.Container(StorageNames.Containers.Raw).GetBlobClient(blobName).DownloadContentAsync(cancellationToken)).Value.Content;
        IReadOnlyList<LeadNotification> notifications;
        try
        {
            notifications = WebhookPayload.Parse(body.ToMemory().Span);
        }
        catch (JsonException)
        {
            FacebookWebhook.LogUnreadable(logger, blobName);
            return 0;
        }
        // Checked at receipt too; the stored body is read again, so it is bounded again.
        var limit = options.CurrentValue.MaxNotificationsPerDelivery;
        if (notifications.Count > limit)
        {
            FacebookWebhook.LogTooMany(logger, blobName, notifications.Count, limit);
            return 0;
        }

        var added = 0;
        await Parallel.ForEachAsync(notifications, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (notification, ct) =>
        {
            if (!await leads.TryAddAsync(notification, "webhook", blobName, ct)) return;
            await queue.SendAsync(notification, cancellationToken: ct);
            Interlocked.Increment(ref added);
        });
        LogRecorded(blobName, notifications.Count, added);
        return added;
    }

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Facebook webhook {Blob}: {Notifications} leadgen notifications, {New} new")]
    private partial void LogRecorded(string blob, int notifications, int @new);
}
