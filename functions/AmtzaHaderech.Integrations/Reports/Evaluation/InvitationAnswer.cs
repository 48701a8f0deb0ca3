namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// An invitation to the exposure conference of a day; `Coming` is the RSVP answer (null: none).
public sealed record InvitationAnswer(string PersonId, DateOnly ConferenceOn, bool? Coming);
