using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Spot.Outbox;

/// The result of a push as docs/cli.md prints it: what was sent, what is still pending, and what
/// failed: this run's failures, and (for a push of everyone) every quarantined change, which
/// stays listed until an operator retries it.
public sealed class SpotPushReport(SpotOutbox outbox, ParticipantStore participants)
{
    public async Task<SpotPushResult> BuildAsync(string mode, SpotPushScope scope, int sent, IReadOnlyList<StoredSpotChange> failedNow,
        IReadOnlyList<SpotImportFile> files, CancellationToken cancellationToken)
    {
        var failed = failedNow.ToList();
        int pending;
        if (scope.ParticipantId is { } participantId)
            pending = (await outbox.ChangesAsync(participantId, OutboxRows.Pending, cancellationToken)).Count;
        else
        {
            pending = await outbox.CountPendingAsync(cancellationToken);
            var listed = failed.Select(f => f.Change.Id).ToHashSet(StringComparer.Ordinal);
            failed.AddRange((await outbox.QuarantinedAsync(cancellationToken)).Where(q => !listed.Contains(q.Change.Id)));
        }
        var failures = new List<SpotFailure>();
        foreach (var change in failed) failures.Add(await FailureAsync(change, cancellationToken));
        return new SpotPushResult { Mode = mode, Sent = sent, Pending = pending, Failed = failures, Files = files };
    }

    public async Task<SpotFailure> FailureAsync(StoredSpotChange change, CancellationToken cancellationToken)
    {
        var person = await participants.GetAsync(change.Change.ParticipantId, cancellationToken);
        return new SpotFailure(change.Change.Id, change.Error ?? "")
        {
            Kind = change.Change.Kind,
            ParticipantId = person?.Participant.DisplayId ?? change.Change.ParticipantId,
            State = change.State,
        };
    }
}
