using System.Text.Json;
using AmtzaHaderech.Integrations.Facebook.Graph;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook.Reconciliation;

/// What a reconciliation run did; `StoppedBy` names the Graph error kind that ended it early.
public sealed record ReconcileResult(int Redriven, int Listed, int Imported, string? StoppedBy);

/// The hourly safety net (docs/facebook.md): fetch the leads still pending (throttled, or
/// waiting for a renewed token), then list each configured form's leads since its checkpoint
/// and import any not yet seen: webhooks can be missed.
public sealed partial class FacebookReconciler(
    FacebookGraphClient graph,
    FacebookLeadFetcher fetcher,
    FacebookLeadImporter importer,
    FacebookLeadStore store,
    HubStorage storage,
    IOptionsMonitor<FacebookOptions> options,
    TimeProvider clock,
    ILogger<FacebookReconciler> logger)
{
    // Graph may list a lead a little after its creation time: each run looks this far behind the checkpoint.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(15);

    public async Task<ReconcileResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        if (string.IsNullOrEmpty(options.CurrentValue.PageAccessToken))
        {
            LogNotConfigured();
            return new ReconcileResult(0, 0, 0, "not_configured");
        }

        var redriven = 0;
        var pending = new List<StoredLead>();
        await foreach (var lead in store.PendingAsync(cancellationToken)) pending.Add(lead);
        foreach (var lead in pending)
        {
            var fetched = await fetcher.FetchAsync(lead.Notification, probe: true, cancellationToken);
            if (fetched.Status == FetchStatus.TokenRefused || fetched.Error?.Kind == GraphErrorKind.RateLimited)
                return new ReconcileResult(redriven, 0, 0, fetched.Error?.Kind.ToString() ?? GraphErrorKind.TokenRefused.ToString());
            if (fetched.Status == FetchStatus.Imported) redriven++;
        }

        var (listed, imported) = (0, 0);
        foreach (var formId in options.CurrentValue.Forms.Keys)
        {
            var form = await ReconcileFormAsync(formId, cancellationToken);
            listed += form.Listed;
            imported += form.Imported;
            if (form.StoppedBy is not null) return new ReconcileResult(redriven, listed, imported, form.StoppedBy);
        }
        LogRun(redriven, listed, imported);
        return new ReconcileResult(redriven, listed, imported, null);
    }

    private async Task<ReconcileResult> ReconcileFormAsync(string formId, CancellationToken cancellationToken)
    {
        var checkpoint = await store.GetCheckpointAsync(formId, cancellationToken)
            ?? (clock.GetUtcNow() - TimeSpan.FromDays(options.CurrentValue.ReconcileLookbackDays)).ToUnixTimeSeconds();
        var tracker = new CheckpointTracker(checkpoint);
        var (listed, imported) = (0, 0);
        var response = await graph.ListLeadsAsync(formId, Math.Max(0, checkpoint - (long)Overlap.TotalSeconds), cancellationToken);
        while (true)
        {
            if (response.Error is { } error)
            {
                if (error.Kind == GraphErrorKind.TokenRefused) FacebookAlerts.TokenRefused(logger, $"form {formId}", error.ToString());
                else LogListFailed(formId, error.ToString());
                // A wrong or deleted form is that form's problem; throttling and a refused token stop the run.
                var stops = error.Kind is GraphErrorKind.TokenRefused or GraphErrorKind.RateLimited;
                return new ReconcileResult(0, listed, imported, stops ? error.Kind.ToString() : null);
            }

            using var page = JsonDocument.Parse(response.Json!);
            var times = new List<long>();
            if (page.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
                foreach (var item in data.EnumerateArray())
                {
                    var lead = FacebookLeadData.FromGraph(item);
                    if (lead.LeadgenId is not { } leadgenId) continue;
                    listed++;
                    if (lead.CreatedTime is { } created) times.Add(created.ToUnixTimeSeconds());
                    if (await importer.ImportedOutcomeAsync(leadgenId, cancellationToken) is not null) continue;
                    await store.TryAddAsync(new LeadNotification
                    {
                        LeadgenId = leadgenId,
                        FormId = lead.FormId ?? formId,
                        CreatedTime = lead.CreatedTime?.ToUnixTimeSeconds(),
                    }, "reconcile", null, cancellationToken);
                    await importer.ImportGraphLeadAsync(item, cancellationToken);
                    imported++;
                }

            var next = page.RootElement.TryGetProperty("paging", out var paging) && paging.TryGetProperty("next", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()
                : null;
            if (tracker.AfterPage(times, lastPage: next is null) is { } moved)
                await store.SetCheckpointAsync(formId, moved, cancellationToken);
            if (next is null) return new ReconcileResult(0, listed, imported, null);
            response = await graph.NextPageAsync(next, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Facebook reconciliation: {Redriven} pending leads fetched, {Listed} listed, {Imported} imported")]
    private partial void LogRun(int redriven, int listed, int imported);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "Facebook reconciliation of form {FormId} stopped: {Error}")]
    private partial void LogListFailed(string formId, string error);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Warning, Message = "Facebook reconciliation skipped: setting Facebook:PageAccessToken is empty")]
    private partial void LogNotConfigured();
}
