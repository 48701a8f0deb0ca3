using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals.Screening;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Referrals;

/// The one pipeline every inbound record passes, whatever its channel:
/// duplicate check -> validation outcome -> match -> merge or create -> screen -> record.
/// Consent (ReferralPipeline.Consent.cs) bends three steps: a record without it is kept but
/// not screened (`no_consent`), a duplicate may withdraw it, and giving it is no duplicate.
/// Each step is idempotent and the key row is written last, so a crash at any point is
/// repaired by re-running the same input: nothing lost, nothing twice.
public sealed partial class ReferralPipeline(
    ParticipantStore participants,
    IntakeLedger ledger,
    ReviewQueue reviews,
    PersonWriter writer,
    IEnumerable<IReferralObserver> observers,
    TimeProvider clock,
    ILogger<ReferralPipeline> logger)
{
    public async Task<RecordResult> ProcessAsync(InboundRecord record, string receiptId, CancellationToken cancellationToken = default)
    {
        var ledgerId = IntakeLedger.LedgerId(receiptId, record.Row);
        var seen = await ledger.GetKeyAsync(record.Source, record.IdempotencyKey, cancellationToken);
        var seenBefore = seen is not null && seen.Outcome != Outcomes.Rejected;
        var consentGiven = seenBefore && GivesConsentWithheld(seen!, record);
        if (seenBefore && !consentGiven)
            return await DuplicateAsync(record, seen!, receiptId, cancellationToken);

        var (result, participant, intoEnrolled, explanation) = record.Rejection is { } reason
            ? (new RecordResult { Key = record.Key, Outcome = Outcomes.Rejected, Reason = reason, Row = record.Row }, null, false, null)
            : await DecideAsync(record, ledgerId, includeOwnPerson: consentGiven, cancellationToken);

        foreach (var observer in observers)
            await observer.OnDecidedAsync(new ReferralDecision(record, result, participant, intoEnrolled), cancellationToken);
        await WriteLedgerAsync(receiptId, record, result, explanation, cancellationToken);
        await ledger.PutKeyAsync(record.Source, record.IdempotencyKey,
            new KeyRecord(result.Outcome, result.ParticipantId, ledgerId, record.Person is null ? null : record.Consented), cancellationToken);
        LogOutcome(record.Source, ledgerId, result.Outcome);
        return result;
    }

    /// The hub's id for a person first brought by this record: derived from the record's key,
    /// so a re-run after a crash finds the half-written person instead of making a second one.
    public static string ParticipantIdFor(string idempotencyKey) =>
        new Ulid(SHA256.HashData(Encoding.UTF8.GetBytes("participant:" + idempotencyKey)).AsSpan(0, 16)).ToString();

    /// `includeOwnPerson`: the person this record's key made is a real earlier arrival (the key
    /// was committed); otherwise such a person is a crashed run's half-written one, no candidate.
    private async Task<(RecordResult, Participant?, bool, JsonElement?)> DecideAsync(InboundRecord record, string ledgerId, bool includeOwnPerson, CancellationToken cancellationToken)
    {
        var person = record.Person!;
        var ownId = ParticipantIdFor(record.IdempotencyKey);
        var candidateIds = await participants.CandidateIdsAsync(person.NationalId, person.Phones, person.Email is null ? [] : [person.Email], cancellationToken);
        var loaded = await Task.WhenAll(candidateIds.Where(id => includeOwnPerson || id != ownId).Select(id => participants.GetAsync(id, cancellationToken)));
        var candidates = loaded.OfType<StoredParticipant>().ToList();
        var decision = Matcher.Decide(person, candidates.Select(c => c.Participant));

        if (decision.Kind == DecisionKind.Review)
        {
            // Nobody contacts a person without consent, so no one is asked to decide; a later
            // list with consent brings the record back (and to review then).
            if (!record.Consented) return (NoConsent(record, null), null, false, Explain(decision, null));
            await reviews.AddAsync(new ReviewItem
            {
                Id = ReviewQueue.IdFor(record.IdempotencyKey),
                Record = record,
                LedgerId = ledgerId,
                CandidateIds = [.. decision.Candidates.Where(c => c.Verdict is MatchVerdict.SamePerson or MatchVerdict.Review).Select(c => c.ParticipantId)],
                Rule = decision.RuleName,
            }, cancellationToken);
            var review = new RecordResult { Key = record.Key, Outcome = Outcomes.Review, Reason = decision.RuleName, Row = record.Row };
            return (review, null, false, Explain(decision, null));
        }

        Participant saved;
        Screening.Screening? screening;
        bool intoEnrolled = false;
        if (decision.Kind == DecisionKind.Merge)
        {
            var target = candidates.First(c => c.Participant.Id == decision.ParticipantId);
            // A claim changes no known person by itself (ReferralPipeline.Trust.cs).
            var (differences, applicable) = WeighClaim(record, target.Participant);
            if (differences.Count > 0) return await ReviewClaimAsync(record, ledgerId, decision, target.Participant, differences, cancellationToken);
            intoEnrolled = target.Participant.EnrolledOn is not null;
            (saved, screening) = await writer.MergeAsync(target, applicable, cancellationToken: cancellationToken);
        }
        else
        {
            (saved, screening) = await writer.CreateAsync(record, ownId, cancellationToken);
        }

        // Kept (so a later list or channel finds them), but not screened and not a lead.
        if (!record.Consented) return (NoConsent(record, saved.DisplayId), saved, intoEnrolled, Explain(decision, null));
        var result = new RecordResult
        {
            Key = record.Key,
            Outcome = decision.Kind == DecisionKind.Merge ? Outcomes.Merged : Outcomes.Accepted,
            Reason = decision.Kind == DecisionKind.Merge ? decision.RuleName : null,
            ParticipantId = saved.DisplayId,
            Screening = screening!.Result,
            ScreeningReason = screening.Reason,
            Row = record.Row,
        };
        return (result, saved, intoEnrolled, Explain(decision, screening));
    }

    private Task WriteLedgerAsync(string receiptId, InboundRecord record, RecordResult result, JsonElement? explanation, CancellationToken cancellationToken) =>
        ledger.WriteAsync(receiptId, new LedgerEntry
        {
            Id = IntakeLedger.LedgerId(receiptId, record.Row),
            Source = record.Source,
            File = record.File,
            Row = record.Row,
            ReceivedAt = clock.GetUtcNow(),
            Result = result,
            Raw = record.Raw,
            Warnings = record.Warnings,
            Explanation = explanation,
        }, cancellationToken);

    private static JsonElement Explain(MatchDecision decision, Screening.Screening? screening) =>
        JsonSerializer.SerializeToElement(new
        {
            matching = new
            {
                decision = decision.Kind.ToString(),
                rule = decision.RuleName,
                candidates = decision.Candidates.Select(c => new { participantId = c.ParticipantId, verdict = c.Verdict.ToString(), rule = "rule" + c.Rule }),
            },
            screening = screening is null ? null : new
            {
                result = screening.Result,
                reason = screening.Reason,
                criteria = screening.Criteria.Select(c => new { criterion = c.Criterion, band = c.Band.ToString(), value = c.Value }),
            },
        }, ParticipantStore.Json);

    [LoggerMessage(Level = LogLevel.Information, Message = "Record {LedgerId} from {Source}: {Outcome}")]
    private partial void LogOutcome(string source, string ledgerId, string outcome);
}
