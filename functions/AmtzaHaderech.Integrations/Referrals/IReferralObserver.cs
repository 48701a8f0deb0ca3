using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Referrals;

/// What the pipeline decided for one record, handed to whoever must act on it (the Employment
/// Service feedback, the SPOT outbox). Observers run before the record's commit point, so
/// they must be idempotent: a re-run after a crash calls them again with the same decision.
public sealed record ReferralDecision(InboundRecord Record, RecordResult Result, Participant? Participant, bool IntoEnrolledParticipant);

public interface IReferralObserver
{
    Task OnDecidedAsync(ReferralDecision decision, CancellationToken cancellationToken = default);
}
