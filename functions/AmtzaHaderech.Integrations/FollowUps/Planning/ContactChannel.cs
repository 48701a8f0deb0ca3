using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// How a follow-up reaches its recipient (docs/follow-ups.md, "Channel and status"). A SPOT participant is
/// contactable by SMS and e-mail unless they unsubscribed, which stops every message, or did not
/// agree to a channel when they arrived (the intake form asks for each).
internal static class ContactChannel
{
    public static string For(SpotParticipant? participant, string rule, PlannerState state)
    {
        if (participant is null) return FollowUpChannels.None;
        // The exit check proposes closing the case: it goes to the coordinator, by e-mail.
        if (rule == FollowUpRules.Exit)
            return EmailAddress.Normalize(participant.Coordinator) is null ? FollowUpChannels.None : FollowUpChannels.Email;
        if (state.Unsubscribed.Contains(participant.ParticipantId)) return FollowUpChannels.None;
        var id = participant.ParticipantId;
        if (!state.NoSms.Contains(id) && IsraeliPhone.ToE164(participant.Phone) is { } phone && IsraeliPhone.IsMobile(phone))
            return FollowUpChannels.Sms;
        return state.NoEmail.Contains(id) || EmailAddress.Normalize(participant.Email) is null ? FollowUpChannels.None : FollowUpChannels.Email;
    }
}
