using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// One row of SPOT's participants.csv. Codes (center, source, exit reason, track, readiness)
/// are kept as SPOT gave them, even outside their lists; empty fields are null.
public sealed record SpotParticipant
{
    public required string ParticipantId { get; init; }
    public string? NationalId { get; init; }
    /// False when a national ID is present but is not 5-9 digits with a valid check digit:
    /// the row is kept (it is SPOT's record) but the ID must not go into the identity index.
    public bool NationalIdValid { get; init; } = true;
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Gender { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? City { get; init; }
    public string? Center { get; init; }
    public string? RecruitmentSource { get; init; }
    public DateOnly? EnrolledOn { get; init; }
    public DateOnly? ExitedOn { get; init; }
    public string? ExitReason { get; init; }
    public string? Coordinator { get; init; }
    public string? Track { get; init; }
    public string? Readiness { get; init; }

    /// The 9-digit ID to index, or null when there is none or it is flagged.
    public string? IndexableNationalId => NationalIdValid ? IsraeliId.Normalize(NationalId) : null;

    public string FullName => string.Join(' ', new[] { FirstName, LastName }.Where(n => n is not null));
}
