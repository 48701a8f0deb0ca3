using AmtzaHaderech.Integrations.FollowUps.State;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// What the hub knows of its referrals, as the funnel reads it: the inbound records received
/// (any outcome), the conference invitations with their RSVP answers, and which hub person is
/// which SPOT participant. Person ids are the hub's own (a ledger row that shows SPOT's id is
/// already resolved to the hub person behind it).
public sealed record FunnelInputs(
    IReadOnlyList<ReferralRecord> Records,
    IReadOnlyList<InvitationAnswer> Invitations,
    IReadOnlyDictionary<string, string> SpotIdByPerson)
{
    public static readonly FunnelInputs None = new([], [], new Dictionary<string, string>());
}

/// One inbound record: its channel, when it arrived, its ledger id (the order of records that
/// arrived at the same instant), its outcome, the person it was decided into and the screening.
public sealed record ReferralRecord(
    string Channel, DateTimeOffset ReceivedAt, string LedgerId, string Outcome, string? PersonId, string? Screening);
