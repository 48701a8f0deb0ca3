using AmtzaHaderech.Integrations.Spot;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Spot;

/// Twice an hour (api mode): what staff changed in SPOT, into the mirror and the people.
public sealed class PullSpotChanges(SpotSync spot)
{
    public const string Schedule = HubSchedules.SpotPull;

    [Function(nameof(PullSpotChanges))]
    public Task<SpotPullResult> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        spot.PullAsync(cancellationToken);
}
