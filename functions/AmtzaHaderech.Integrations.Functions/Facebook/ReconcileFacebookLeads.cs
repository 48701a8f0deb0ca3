using AmtzaHaderech.Integrations.Facebook.Reconciliation;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Facebook;

/// Hourly, at five past (UTC, as every schedule): pending leads and leads the webhook missed.
public sealed class ReconcileFacebookLeads(FacebookReconciler reconciler)
{
    public const string Schedule = HubSchedules.FacebookReconcile;

    [Function(nameof(ReconcileFacebookLeads))]
    public Task<ReconcileResult> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        reconciler.RunAsync(cancellationToken);
}
