using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.Spot;

/// What the hosts call: the queue trigger, the two timers and `amtza spot push|pull`. Each
/// goes to the gateway of the configured mode.
public sealed class SpotSync(ISpotGateway gateway, SpotOutbox outbox)
{
    public string Mode => gateway.Mode;

    /// `amtza spot push`: every pending change now (`all`, after indexing what a crash left
    /// out, as the sweep does), or only those due.
    public async Task<SpotPushResult> PushAsync(bool all, CancellationToken cancellationToken = default)
    {
        if (all) await outbox.ReindexAsync(cancellationToken);
        return await gateway.PushAsync(all ? SpotPushScope.All : SpotPushScope.Due, cancellationToken);
    }

    /// The queue message written with a person's change: that person's due changes.
    public Task<SpotPushResult> PushPersonAsync(string participantId, CancellationToken cancellationToken = default) =>
        gateway.PushAsync(SpotPushScope.Person(participantId), cancellationToken);

    /// The timer: index anything a crash left out, then deliver what is due.
    public async Task<SpotPushResult> SweepAsync(CancellationToken cancellationToken = default)
    {
        await outbox.ReindexAsync(cancellationToken);
        return await gateway.PushAsync(SpotPushScope.Due, cancellationToken);
    }

    public Task<SpotPullResult> PullAsync(CancellationToken cancellationToken = default) => gateway.PullAsync(cancellationToken);
}
