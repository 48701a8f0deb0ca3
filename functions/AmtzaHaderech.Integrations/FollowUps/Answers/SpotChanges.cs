namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// A change for SPOT made by a participant's answer, waiting in the `followups` table for the
/// SPOT outbox (SpotForwarder). `Kind` is the outbox's (`employment-status`, `activity`);
/// `Json` the outbox's SpotEmploymentStatus or SpotActivityEntry; `Id` is deterministic (the
/// answered purpose and the kind).
public sealed record FollowUpSpotChange(string ParticipantId, string Id, string Kind, string Json, DateTimeOffset CreatedAt);
