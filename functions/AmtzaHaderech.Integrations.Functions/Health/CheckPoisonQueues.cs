using AmtzaHaderech.Integrations.Storage;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Health;

/// Every 15 minutes: how many messages sit in each `-poison` queue, as the `PoisonMessages`
/// metric the alert watches.
public sealed class CheckPoisonQueues(PoisonQueueWatch watch)
{
    public const string Schedule = HubSchedules.PoisonCheck;

    [Function(nameof(CheckPoisonQueues))]
    public Task<IReadOnlyDictionary<string, int>> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        watch.CheckAsync(cancellationToken);
}
