using AmtzaHaderech.Integrations.Facebook.Reconciliation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Facebook;

/// `amtza serve`'s stand-in for the queue trigger and the hourly timer of the Functions app:
/// drains `facebook-leads` every few seconds and reconciles every hour.
public sealed partial class FacebookLeadsWorker(
    FetchFacebookLeadHandler handler,
    FacebookReconciler reconciler,
    ILogger<FacebookLeadsWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ReconcileEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Polling and scheduling run on the machine's clock, not the hub's pinned one.
        var nextReconcile = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await handler.DrainAsync(stoppingToken);
                if (DateTimeOffset.UtcNow >= nextReconcile)
                {
                    nextReconcile = DateTimeOffset.UtcNow + ReconcileEvery;
                    await reconciler.RunAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A storage hiccup must not end the local runner; the messages stay on the queue.
                LogFailed(e);
            }
            try { await Task.Delay(PollEvery, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    [LoggerMessage(EventId = 4130, Level = LogLevel.Error, Message = "Facebook lead worker pass failed; retrying")]
    private partial void LogFailed(Exception exception);
}
