using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Facebook.Graph;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook.Leads;

public enum FetchStatus
{
    /// Through the pipeline (a lead Graph no longer has is `rejected`, `lead_not_found`).
    Imported,
    /// Another path (the export, reconciliation, an earlier message) already brought it.
    AlreadyImported,
    /// Throttled or failed for now: the lead stays pending; try again later.
    RetryLater,
    /// Graph refused the page token: the lead stays pending until the token works again.
    TokenRefused,
    /// Not a lead but a webhook delivery: its new leads are stored and queued one by one.
    Queued,
}

public sealed record FetchResult(FetchStatus Status, RecordResult? Record = null, GraphError? Error = null);

/// Fetches one notified lead from Graph and imports it, deciding what each Graph error means
/// (docs/facebook.md). Once Graph refuses the token, fetching stops: further leads are kept
/// pending without calling Graph until the configured token changes or an hour passes, when
/// the reconciliation probes again.
public sealed partial class FacebookLeadFetcher(
    FacebookGraphClient graph,
    FacebookLeadImporter importer,
    FacebookLeadStore store,
    IOptionsMonitor<FacebookOptions> options,
    TimeProvider clock,
    ILogger<FacebookLeadFetcher> logger)
{
    private static readonly TimeSpan RefusalHold = TimeSpan.FromHours(1);
    // A reference swapped whole: message handlers run in parallel.
    private volatile Refusal? _refused;

    private sealed record Refusal(string TokenHash, DateTimeOffset At);

    /// `probe` ignores an earlier refusal (the reconciliation's hourly try).
    public async Task<FetchResult> FetchAsync(LeadNotification notification, bool probe = false, CancellationToken cancellationToken = default)
    {
        if (await importer.ImportedOutcomeAsync(notification.LeadgenId, cancellationToken) is { } outcome)
        {
            await store.CompleteAsync(notification.LeadgenId, outcome, cancellationToken);
            return new FetchResult(FetchStatus.AlreadyImported);
        }
        if (!probe && _refused is { } refused && refused.TokenHash == TokenHash() && clock.GetUtcNow() - refused.At < RefusalHold)
        {
            await store.DeferAsync(notification.LeadgenId, notification.Attempt, "token_refused", cancellationToken);
            return new FetchResult(FetchStatus.TokenRefused);
        }

        var response = await graph.GetLeadAsync(notification.LeadgenId, cancellationToken);
        if (response.Succeeded)
        {
            _refused = null;
            using var lead = JsonDocument.Parse(response.Json!);
            return new FetchResult(FetchStatus.Imported, await importer.ImportGraphLeadAsync(lead.RootElement, cancellationToken));
        }

        var error = response.Error!;
        switch (error.Kind)
        {
            case GraphErrorKind.NotFound:
                LogNotFound(notification.LeadgenId, error.ToString());
                return new FetchResult(FetchStatus.Imported, await importer.RejectNotFoundAsync(notification, cancellationToken), error);
            case GraphErrorKind.TokenRefused:
                _refused = new Refusal(TokenHash(), clock.GetUtcNow());
                FacebookAlerts.TokenRefused(logger, $"lead {notification.LeadgenId}", error.ToString());
                await store.DeferAsync(notification.LeadgenId, notification.Attempt, "token_refused", cancellationToken);
                return new FetchResult(FetchStatus.TokenRefused, Error: error);
            default:
                if (error.Kind == GraphErrorKind.RateLimited) FacebookMetrics.Throttled.Add(1);
                LogDeferred(notification.LeadgenId, notification.Attempt + 1, error.ToString());
                await store.DeferAsync(notification.LeadgenId, notification.Attempt + 1, error.ToString(), cancellationToken);
                return new FetchResult(FetchStatus.RetryLater, Error: error);
        }
    }

    private string TokenHash() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(options.CurrentValue.PageAccessToken)));

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Facebook lead {LeadgenId} deferred, attempt {Attempt}: {Error}")]
    private partial void LogDeferred(string leadgenId, int attempt, string error);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Facebook lead {LeadgenId} no longer exists: {Error}")]
    private partial void LogNotFound(string leadgenId, string error);
}
