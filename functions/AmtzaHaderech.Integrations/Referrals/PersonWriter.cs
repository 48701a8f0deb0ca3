using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Storage;
using Azure;

namespace AmtzaHaderech.Integrations.Referrals;

/// Writes the person a record decided on, whoever decided (the pipeline, or a person settling
/// a review): screened as of the record's date (not when consent is withheld), saved with its
/// SPOT outbox entries in one transaction, and indexed by its identity keys.
public sealed class PersonWriter(
    ParticipantStore participants,
    Screener screener,
    CenterDirectory centers,
    IEnumerable<IParticipantOutbox> outboxes,
    TimeProvider clock)
{
    /// `keysClaimed`: the pipeline claimed the record's identity keys for this person before
    /// deciding (IdentityClaims), so the index lists them already.
    public async Task<(Participant Person, Screening.Screening? Screening)> CreateAsync(InboundRecord record, string participantId,
        bool keysClaimed = false, CancellationToken cancellationToken = default)
    {
        var screening = record.Consented ? screener.Screen(record.Person!, record.RecordDate, record.AreaVouched) : null;
        var created = ParticipantMerge.Create(participantId, record, CenterFor(record), clock.GetUtcNow()) with
        {
            Screening = Stamp(screening, record.RecordDate),
        };
        try
        {
            await participants.SaveChangeAsync(new ParticipantChange(record.IdempotencyKey, null, created, record.Consented), null, outboxes, cancellationToken, createOnly: true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Written already: by a run of this record that stopped before its commit point, or by
            // a host handling the same record at this moment, and maybe merged into since. The
            // record is merged into it, which changes nothing it already holds.
            var written = await participants.GetAsync(participantId, cancellationToken) ?? throw new InvalidOperationException(
                $"Participant {participantId} could not be created and is not in the store.", e);
            return await MergeAsync(written, record, keysClaimed: keysClaimed, cancellationToken: cancellationToken);
        }
        if (!keysClaimed) await participants.IndexAsync(created, cancellationToken);
        return (created, screening);
    }

    /// Optimistic concurrency: another host may change the person meanwhile; re-read and re-apply.
    /// `consentsAsGiven`: see ParticipantMerge.Merge.
    public Task<(Participant Person, Screening.Screening? Screening)> MergeAsync(StoredParticipant target, InboundRecord record, bool consentsAsGiven = false, bool keysClaimed = false,
        CancellationToken cancellationToken = default) =>
        OptimisticWrites.RetryAsync(async attempt =>
        {
            if (attempt > 1) target = await participants.GetAsync(target.Participant.Id, cancellationToken) ?? target;
            var screening = record.Consented
                ? screener.Screen(ParticipantMerge.Combined(record.Person!, target.Participant), record.RecordDate, record.AreaVouched)
                : null;
            var merged = ParticipantMerge.Merge(target.Participant, record, CenterFor(record), clock.GetUtcNow(), consentsAsGiven) with
            {
                Screening = Stamp(screening, record.RecordDate) ?? target.Participant.Screening,
            };
            await participants.SaveChangeAsync(new ParticipantChange(record.IdempotencyKey, target.Participant, merged, record.Consented), target.ETag, outboxes, cancellationToken);
            if (!keysClaimed) await participants.IndexAsync(merged, cancellationToken);
            return (merged, screening);
        }, cancellationToken);

    private static ScreeningResult? Stamp(Screening.Screening? screening, DateOnly asOf) =>
        screening is null ? null : new ScreeningResult(screening.Result, screening.Reason, asOf);

    private string? CenterFor(InboundRecord record) =>
        centers.ForCity(record.Person?.City)?.Id ?? record.CenterHint;
}
