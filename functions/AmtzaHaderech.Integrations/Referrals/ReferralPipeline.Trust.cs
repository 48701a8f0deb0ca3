using System.Text.Json;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals.Trust;

namespace AmtzaHaderech.Integrations.Referrals;

/// Trust (docs/matching.md): a claim (the intake form, Facebook) that matches a known person and
/// would add or change who they are or how to reach them waits in review (`unverified_match`),
/// and nothing it brings is applied until a person decides (ReviewDecisions). A claim that brings
/// nothing new merges, filling only the person's empty fields.
public sealed partial class ReferralPipeline
{
    /// What the record would change that needs a person's decision first (none for a trusted or
    /// semi-trusted channel), and the record to merge when there is none.
    private static (IReadOnlyList<ClaimDifference> Differences, InboundRecord Applicable) WeighClaim(InboundRecord record, Participant target)
    {
        // The same lead or submission arriving again (consent given later) is no stranger to the
        // person only its own first arrival made.
        if (!ChannelTrust.IsClaim(record.Source) || OnlyItsOwn(record, target)) return ([], record);
        var differences = ClaimComparison.Differences(record.Person!, record.Consented, target);
        return differences.Count > 0 ? (differences, record) : ([], record with { Person = ClaimComparison.Applicable(record.Person!, target) });
    }

    private static bool OnlyItsOwn(InboundRecord record, Participant target) =>
        target.Sources.Count > 0 && target.Sources.All(s => s == record.IdempotencyKey);

    /// Whatever its consent: withdrawing consent through a claim needs a decision as much as giving it.
    private async Task<(RecordResult, Participant?, bool, JsonElement?)> ReviewClaimAsync(InboundRecord record, string ledgerId, MatchDecision decision,
        Participant target, IReadOnlyList<ClaimDifference> differences, CancellationToken cancellationToken)
    {
        await reviews.AddAsync(new ReviewItem
        {
            Id = ReviewQueue.IdFor(record.IdempotencyKey),
            Record = record,
            LedgerId = ledgerId,
            CandidateIds = [target.Id],
            Rule = ReviewReasons.UnverifiedMatch,
            MatchedBy = decision.RuleName,
        }, cancellationToken);
        var review = new RecordResult { Key = record.Key, Outcome = Outcomes.Review, Reason = ReviewReasons.UnverifiedMatch, Row = record.Row };
        // The fields, not their values: the review item holds the claim, the person holds the rest.
        var explanation = JsonSerializer.SerializeToNode(Explain(decision, null), ParticipantStore.Json)!.AsObject();
        explanation["trust"] = JsonSerializer.SerializeToNode(new { channel = "claim", differences = differences.Select(d => d.Field) }, ParticipantStore.Json);
        return (review, null, false, JsonSerializer.SerializeToElement(explanation, ParticipantStore.Json));
    }
}
