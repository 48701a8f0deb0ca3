using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The funnel's inputs from the store: the intake ledger's records received in the window (their
/// outcomes only), every conference invitation with its RSVP answer, and the hub's links between
/// its people and SPOT's participants.
///
/// A person is the hub's own id. The ledger shows the id a record was decided into as the
/// results show it (SPOT's id once the person is known to SPOT, else the hub's), so a SPOT id
/// is turned back into the hub person that holds it; the link is that person's stored SPOT id
/// (ParticipantStore.SpotLinksAsync: set when the hub created them in SPOT, when SPOT's export
/// brought them back, or when SPOT's row was mirrored into them), one person per SPOT id.
public sealed class ReferralFunnelReader(IntakeLedger ledger, FollowUpQueries followUps, ParticipantStore participants)
{
    public async Task<FunnelInputs> LoadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var personBySpotId = await participants.SpotLinksAsync(cancellationToken);
        var records = new List<ReferralRecord>();
        // The window is of Israel's calendar days: from midnight of `from` to midnight after `to`.
        var (start, end) = (IsraelTime.At(from, TimeOnly.MinValue), IsraelTime.At(to.AddDays(1), TimeOnly.MinValue));
        await foreach (var entry in ledger.ReceivedAsync(start, end, cancellationToken))
        {
            var result = entry.Result;
            var person = result.ParticipantId is { } id ? personBySpotId.GetValueOrDefault(id, id) : null;
            records.Add(new ReferralRecord(entry.Source, entry.ReceivedAt, entry.Id, result.Outcome, person, result.Screening));
        }
        var invitations = await followUps.InvitationAnswersAsync(cancellationToken);
        var spotIdByPerson = personBySpotId.ToDictionary(link => link.Value, link => link.Key, StringComparer.Ordinal);
        return new FunnelInputs(records, invitations, spotIdByPerson);
    }
}
