using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.Invitations;

/// A lead as the planner and the composer see people: SPOT's row when SPOT knows them (under the
/// invitation's id), else the hub's own record: first name, center, a mobile number first, the
/// first e-mail address. The consents come from the hub's record (ConsentBook).
internal static class InviteeContact
{
    public static SpotParticipant From(string invitationId, Participant person, SpotParticipant? inSpot = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (inSpot is not null) return inSpot with { ParticipantId = invitationId };
        return new SpotParticipant
        {
            ParticipantId = invitationId,
            FirstName = person.FirstName,
            LastName = person.LastName,
            Phone = person.Phones.FirstOrDefault(IsraeliPhone.IsMobile) ?? person.Phones.FirstOrDefault(),
            Email = person.Emails.FirstOrDefault(),
            City = person.City,
            Center = person.Center,
            Coordinator = person.Coordinator,
        };
    }
}
