using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Referrals.Trust;

namespace AmtzaHaderech.Integrations.Referrals;

public sealed record ReviewDecisionResult(string ReviewId, string Decision, RecordResult Result);

/// A person settles a probable duplicate for good: `same` merges the record into the chosen
/// person (their name is kept as an alternative, so the next record like it matches by rule 3
/// without asking), `different` makes a new person of it. The record's key then carries the
/// final outcome, and observers (the Employment Service feedback) hear of it as of any decision;
/// the person is saved with their outbox entries (SPOT), as the pipeline saves them.
/// A claim waiting as `unverified_match` (docs/matching.md, "Trust"): `same` applies all it
/// brings, its consents included (withdrawn ones too: the person said it is theirs); `different`
/// makes a new person without the national ID it shares with the stored one, since that number
/// names the stored person (rule 1) and two people holding it would leave every later record
/// with it undecidable.
public sealed class ReviewDecisions(
    ReviewQueue reviews,
    ParticipantStore participants,
    IntakeLedger ledger,
    PersonWriter writer,
    IEnumerable<IReferralObserver> observers,
    TimeProvider clock)
{
    public const string Same = "same";
    public const string Different = "different";

    public async Task<ReviewDecisionResult> DecideAsync(string reviewId, string decision, string? intoParticipantId = null, CancellationToken cancellationToken = default)
    {
        if (decision is not (Same or Different))
            throw new ArgumentException($"A decision is '{Same}' or '{Different}', not '{decision}'.", nameof(decision));
        if (await reviews.GetAsync(ReviewQueue.Decided, reviewId, cancellationToken) is { } done)
            throw new InvalidOperationException($"Review {reviewId} was already decided ({done.Decision}).");
        var item = await reviews.GetAsync(ReviewQueue.Open, reviewId, cancellationToken)
            ?? throw new InvalidOperationException($"No open review item '{reviewId}'.");

        var record = item.Record;
        var claim = item.Rule == ReviewReasons.UnverifiedMatch;
        Participant saved;
        Screening.Screening? screening;
        var intoEnrolled = false;
        string? rule = null;
        if (decision == Same)
        {
            var targetId = intoParticipantId ?? (item.CandidateIds.Count == 1 ? item.CandidateIds[0]
                : throw new InvalidOperationException($"Review {reviewId} has {item.CandidateIds.Count} candidates: say which with --into <participantId>."));
            if (!item.CandidateIds.Contains(targetId))
                throw new InvalidOperationException($"{targetId} is not a candidate of review {reviewId}.");
            var target = await participants.GetAsync(targetId, cancellationToken)
                ?? throw new InvalidOperationException($"Participant {targetId} no longer exists.");
            intoEnrolled = target.Participant.EnrolledOn is not null;
            (saved, screening) = await writer.MergeAsync(target, record, consentsAsGiven: claim, cancellationToken);
            rule = item.MatchedBy ?? item.Rule;
        }
        else
        {
            if (claim) record = await WithoutSharedNationalIdAsync(item, cancellationToken);
            (saved, screening) = await writer.CreateAsync(record, ReferralPipeline.ParticipantIdFor(record.IdempotencyKey), cancellationToken);
        }

        var result = new RecordResult
        {
            Key = record.Key,
            Outcome = !record.Consented ? Outcomes.NoConsent : decision == Same ? Outcomes.Merged : Outcomes.Accepted,
            Reason = rule,
            ParticipantId = saved.DisplayId,
            Screening = screening?.Result,
            ScreeningReason = screening?.Reason,
            Row = record.Row,
        };
        foreach (var observer in observers)
            await observer.OnDecidedAsync(new ReferralDecision(record, result, saved, intoEnrolled), cancellationToken);
        await ledger.PutKeyAsync(record.Source, record.IdempotencyKey,
            new KeyRecord(result.Outcome, result.ParticipantId, item.LedgerId, record.Consented), cancellationToken);
        await reviews.MarkDecidedAsync(item with { Decision = decision, DecidedParticipantId = saved.Id, DecidedAt = clock.GetUtcNow() }, cancellationToken);
        return new ReviewDecisionResult(reviewId, decision, result);
    }

    private async Task<InboundRecord> WithoutSharedNationalIdAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var person = item.Record.Person!;
        if (person.NationalId is null) return item.Record;
        foreach (var id in item.CandidateIds)
            if ((await participants.GetAsync(id, cancellationToken))?.Participant.NationalId == person.NationalId)
                return item.Record with { Person = person with { NationalId = null } };
        return item.Record;
    }
}
