namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// A change for SPOT made by a participant's answer, in the shape of spot.md's REST calls
/// (`POST /v1/participants/{id}/employment-status`, `POST /v1/participants/{id}/activities`).
/// Kept in the `followups` table until the SPOT outbox takes it (FollowUpSpotChanges).
public static class SpotChangeKinds
{
    public const string EmploymentStatus = "employment-status";
    public const string Activity = "activity";
}

public sealed record EmploymentStatusChange(
    DateOnly AsOf, string Status, string? Employer, string? Occupation, int? ScopePercent,
    decimal? MonthlySalary, DateOnly? StartDate, string? FoundVia, string Source);

public sealed record ActivityChange(DateOnly Date, string Type, string Title, string? Coordinator, string? Outcome);

/// A pending change: `Id` is deterministic (the answered purpose and the kind), so handing it to
/// the SPOT outbox as that change's idempotency key makes a second hand-over harmless.
public sealed record FollowUpSpotChange(string ParticipantId, string Id, string Kind, string Json, DateTimeOffset CreatedAt);
