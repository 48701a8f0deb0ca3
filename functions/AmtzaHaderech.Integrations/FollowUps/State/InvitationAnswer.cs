namespace AmtzaHaderech.Integrations.FollowUps.State;

/// An invitation to the exposure conference of a day; `Coming` is the RSVP answer (null: none).
public sealed record InvitationAnswer(string PersonId, DateOnly ConferenceOn, bool? Coming);
