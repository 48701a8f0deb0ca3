using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Invitations;

/// Invites each consented lead screened `eligible` to the next exposure conference of their
/// center (docs/screening.md), as the referral pipeline or a review decision decides the record. The
/// invitation is keyed by the hub's id of the person (a lead is not in SPOT yet); the scheduler
/// reminds them 3 days before unless they answered. Idempotent: a re-run, a duplicate or a second
/// channel's record finds the person invited to a conference still to come and changes nothing.
public sealed partial class ConferenceInviter(
    FollowUpStore store, IOptions<FollowUpsOptions> options, TimeProvider clock, ILogger<ConferenceInviter> logger) : IReferralObserver
{
    public async Task OnDecidedAsync(ReferralDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Participant is not { } person) return;
        var today = IsraelTime.Today(clock);
        var invitedTo = await store.InvitationsOfAsync(person.Id, cancellationToken);
        var outcome = ConferenceInvitationRule.Decide(decision, today, options.Value, invitedTo);
        if (outcome.ConferenceOn is { } conference)
        {
            await store.InviteAsync(person.Id, conference, cancellationToken);
            LogInvited(person.Id, person.Center, conference);
        }
        else if (outcome.Reason == InvitationReasons.NoConference) LogNoConference(person.Id, person.Center);
    }

    [LoggerMessage(EventId = 4240, Level = LogLevel.Information, Message = "Participant {ParticipantId} invited to the {Center} conference of {ConferenceOn}")]
    private partial void LogInvited(string participantId, string? center, DateOnly conferenceOn);

    [LoggerMessage(EventId = 4241, Level = LogLevel.Warning,
        Message = "Participant {ParticipantId} is eligible but not invited: no conference of {Center} in the calendar (FollowUps:Conferences)")]
    private partial void LogNoConference(string participantId, string? center);
}
