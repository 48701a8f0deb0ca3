using System.Text.Json;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.Referrals;

/// Consent across arrivals of the same key (docs/municipal-lists.md): a row whose consent changes
/// from no to yes is processed again; a duplicate that withholds consent given before
/// withdraws it from the person at once. Channels without a consent column never trigger either.
public sealed partial class ReferralPipeline
{
    private static bool GivesConsentWithheld(KeyRecord seen, InboundRecord record) =>
        seen.Consent == false && record.Consented && record.Rejection is null;

    private static RecordResult NoConsent(InboundRecord record, string? participantId) =>
        new() { Key = record.Key, Outcome = Outcomes.NoConsent, ParticipantId = participantId, Row = record.Row };

    private async Task<RecordResult> DuplicateAsync(InboundRecord record, KeyRecord seen, string receiptId, CancellationToken cancellationToken)
    {
        var duplicate = new RecordResult { Key = record.Key, Outcome = Outcomes.Duplicate, ParticipantId = seen.ParticipantId, Row = record.Row };
        var withdraws = seen.Consent == true && !record.Consented;
        JsonElement? explanation = null;
        if (withdraws)
        {
            var withdrawn = seen.ParticipantId is { } id && await WithdrawConsentAsync(record, id, cancellationToken);
            explanation = JsonSerializer.SerializeToElement(new { consent = new { withdrawn = true, participantFound = withdrawn } });
        }
        await WriteLedgerAsync(receiptId, record, duplicate, explanation, cancellationToken);
        // The key remembers the withdrawal, so consent given again later is processed afresh.
        if (withdraws) await ledger.PutKeyAsync(record.Source, record.IdempotencyKey, seen with { Consent = false }, cancellationToken);
        LogOutcome(record.Source, IntakeLedger.LedgerId(receiptId, record.Row), duplicate.Outcome);
        return duplicate;
    }

    /// Messages stop at once: both consents off on the person the key's first arrival was kept
    /// as. False when that person is not in the store (the record went to review).
    private Task<bool> WithdrawConsentAsync(InboundRecord record, string participantId, CancellationToken cancellationToken) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var stored = await FindKeptAsync(record, participantId, cancellationToken);
            if (stored is null) return false;
            if (!stored.Participant.SmsConsent && !stored.Participant.EmailConsent) return true;
            var withdrawn = stored.Participant with { SmsConsent = false, EmailConsent = false, UpdatedAt = clock.GetUtcNow() };
            await participants.SavePersonAsync(withdrawn, stored.ETag, cancellationToken);
            return true;
        }, cancellationToken);

    // A key records the id every JSON result shows: SPOT's when the person had one, else the
    // hub's. SPOT's is found among the people sharing the record's contact.
    private async Task<StoredParticipant?> FindKeptAsync(InboundRecord record, string participantId, CancellationToken cancellationToken)
    {
        if (await participants.GetAsync(participantId, cancellationToken) is { } byHubId) return byHubId;
        if (record.Person is not { } person) return null;
        var ids = await participants.CandidateIdsAsync(null, person.Phones, person.Email is null ? [] : [person.Email], cancellationToken);
        foreach (var id in ids)
            if (await participants.GetAsync(id, cancellationToken) is { } candidate && candidate.Participant.DisplayId == participantId)
                return candidate;
        return null;
    }
}
