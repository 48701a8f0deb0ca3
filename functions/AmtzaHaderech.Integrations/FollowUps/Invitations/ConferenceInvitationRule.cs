using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;

namespace AmtzaHaderech.Integrations.FollowUps.Invitations;

/// Whether a decided record invites its person, and to which conference; `Reason` says why not
/// (the codes of `InvitationReasons`).
internal sealed record InvitationDecision(DateOnly? ConferenceOn, string Reason);

internal static class InvitationReasons
{
    public const string Invited = "invited";
    /// Not a lead the record screened: rejected, in review, a duplicate, no person.
    public const string NotScreened = "not_screened";
    public const string NoConsent = "no_consent";
    public const string NotEligible = "not_eligible";
    /// Already a participant (intake done in SPOT): the conference is for leads.
    public const string Enrolled = "enrolled";
    public const string Unsubscribed = "unsubscribed";
    public const string NoCenter = "no_center";
    /// Invited to a conference still to come: one invitation at a time.
    public const string AlreadyInvited = "already_invited";
    /// The center has no conference after the day in the calendar (FollowUps:Conferences).
    public const string NoConference = "no_conference";
}

/// docs/screening.md: `eligible` -> invited to the next exposure conference of the center. Pure: the
/// decision, today, the calendar and the days the person is already invited to.
internal static class ConferenceInvitationRule
{
    public static InvitationDecision Decide(ReferralDecision decision, DateOnly today, FollowUpsOptions options, IEnumerable<DateOnly> invitedTo)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(options);
        var (record, result, person) = (decision.Record, decision.Result, decision.Participant);
        var reason =
            person is null || result.Outcome is not (Outcomes.Accepted or Outcomes.Merged) ? InvitationReasons.NotScreened
            : !record.Consented ? InvitationReasons.NoConsent
            : result.Screening != ScreeningResults.Eligible ? InvitationReasons.NotEligible
            : decision.IntoEnrolledParticipant || person.EnrolledOn is not null ? InvitationReasons.Enrolled
            : person.Unsubscribed ? InvitationReasons.Unsubscribed
            : string.IsNullOrEmpty(person.Center) ? InvitationReasons.NoCenter
            : invitedTo.Any(d => d > today) ? InvitationReasons.AlreadyInvited
            : null;
        if (reason is not null) return new InvitationDecision(null, reason);

        // After the record's own day, and never a conference already past.
        var after = record.RecordDate > today ? record.RecordDate : today;
        return options.NextConference(person!.Center!, after) is { } conference
            ? new InvitationDecision(conference, InvitationReasons.Invited)
            : new InvitationDecision(null, InvitationReasons.NoConference);
    }
}
