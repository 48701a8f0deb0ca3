using AmtzaHaderech.Integrations.FollowUps.Sending;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.FollowUps;

/// Every half hour (UTC; Israel's offset is whole hours, so runs fall on :00 and :30 there too):
/// send what is due and allowed now. Quiet times are checked in Israel time by the runner.
public sealed class RunFollowUps(FollowUpRunner runner, TimeProvider clock)
{
    public const string Schedule = HubSchedules.FollowUps;

    [Function(nameof(RunFollowUps))]
    public Task<FollowUpRunResult> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        runner.RunAsync(clock.GetUtcNow(), cancellationToken);
}
