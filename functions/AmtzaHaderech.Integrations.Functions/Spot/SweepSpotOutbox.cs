using AmtzaHaderech.Integrations.Spot;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Spot;

/// Every ten minutes: changes whose next attempt has come (SPOT was down, or asked us to wait),
/// and in file mode the import files of everything pending.
public sealed class SweepSpotOutbox(SpotSync spot)
{
    public const string Schedule = HubSchedules.SpotSweep;

    [Function(nameof(SweepSpotOutbox))]
    public Task<SpotPushResult> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        spot.SweepAsync(cancellationToken);
}
