namespace AmtzaHaderech.Integrations.Telemetry;

/// The hub's one meter: every metric the alerts read (QuarantinedFiles, PoisonMessages,
/// SpotPauses, the Facebook counters) is on it, and the Functions app exports it.
public static class HubMeter
{
    public const string Name = "AmtzaHaderech.Integrations";
}
