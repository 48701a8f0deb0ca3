using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook;

/// One `facebook-leads` message: the queue-triggered function and `amtza serve` both call this.
/// A webhook delivery is spread into one message per new lead (WebhookDeliveries). A lead Graph
/// throttled or failed goes back on the queue with a growing delay (at least what Graph's usage
/// header asks); after MaxFetchAttempts it waits, pending, for the reconciliation.
public sealed class FetchFacebookLeadHandler(
    FacebookLeadFetcher fetcher,
    FacebookLeadStore store,
    FacebookLeadQueue queue,
    WebhookDeliveries deliveries,
    IOptionsMonitor<FacebookOptions> options)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    public async Task<FetchResult> HandleAsync(LeadsMessage message, CancellationToken cancellationToken = default)
    {
        if (message.Lead is { } lead) return await HandleAsync(lead, cancellationToken);
        await deliveries.RecordAsync(message.DeliveryBlob!, cancellationToken);
        return new FetchResult(FetchStatus.Queued);
    }

    public async Task<FetchResult> HandleAsync(LeadNotification notification, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(notification.LeadgenId, cancellationToken) is { State: LeadStates.Done })
            return new FetchResult(FetchStatus.AlreadyImported);
        var result = await fetcher.FetchAsync(notification, cancellationToken: cancellationToken);
        if (result.Status == FetchStatus.RetryLater && notification.Attempt + 1 < options.CurrentValue.MaxFetchAttempts)
            await queue.SendAsync(notification with { Attempt = notification.Attempt + 1 }, Delay(notification.Attempt, result.Error?.RetryAfter), cancellationToken);
        return result;
    }

    /// Works through the visible messages (the local runner's stand-in for the queue trigger);
    /// returns how many leads it handled (deliveries spread into leads are not counted).
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var handled = 0;
        while (true)
        {
            var batch = await queue.ReceiveAsync(32, TimeSpan.FromMinutes(5), cancellationToken);
            if (batch.Count == 0) return handled;
            foreach (var (content, message) in batch)
            {
                await HandleAsync(content, cancellationToken);
                await queue.DeleteAsync(message, cancellationToken);
                if (content.Lead is not null) handled++;
            }
        }
    }

    /// 1, 2, 4 ... minutes, at most an hour, never sooner than Graph said, plus up to 20% jitter
    /// so throttled leads do not all come back at once.
    public static TimeSpan Delay(int attempt, TimeSpan? graphSays)
    {
        var backoff = TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, FirstDelay.Ticks << Math.Min(attempt, 10)));
        if (graphSays is { } wait && wait > backoff) backoff = wait;
        return backoff + TimeSpan.FromTicks((long)(backoff.Ticks * 0.2 * Random.Shared.NextDouble()));
    }
}
