using System.Diagnostics.Metrics;
using AmtzaHaderech.Integrations.Telemetry;

namespace AmtzaHaderech.Integrations.Facebook;

/// The Facebook channel's counters, on the hub's meter. `FacebookTokenRefused` is the alert:
/// Graph refused the page token, so leads wait until someone renews it.
internal static class FacebookMetrics
{
    private static readonly Meter Meter = new(HubMeter.Name);

    public static readonly Counter<long> WebhookRefused = Meter.CreateCounter<long>("FacebookWebhookRefused");
    public static readonly Counter<long> TokenRefused = Meter.CreateCounter<long>("FacebookTokenRefused");
    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>("FacebookGraphThrottled");
    public static readonly Counter<long> LeadsImported = Meter.CreateCounter<long>("FacebookLeadsImported");
}
