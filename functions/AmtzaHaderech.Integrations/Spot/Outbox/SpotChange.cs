namespace AmtzaHaderech.Integrations.Spot.Outbox;

internal static class SpotChangeKinds
{
    /// Create the person in SPOT, or fill the fields SPOT has empty.
    public const string Participant = "participant";
    /// A status answer: POST .../employment-status (SPOT opens or closes episodes itself).
    public const string EmploymentStatus = "employment-status";
    /// A contact, message or attendance: POST .../activities.
    public const string Activity = "activity";

    public static readonly string[] All = [Participant, EmploymentStatus, Activity];
}

/// One thing SPOT must hear, as kept in the person's outbox row (JSON). `Id` is deterministic
/// from its cause and kind, and is SPOT's Idempotency-Key.
public sealed record SpotChange
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    /// The hub's id of the person (the partition of the outbox row).
    public required string ParticipantId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// `participant`: the person's known values as of the change, by SPOT's export column.
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    /// `participant`: the columns the change set (every known one for a new person).
    public IReadOnlyList<string> ChangedFields { get; init; } = [];
    public SpotEmploymentStatus? EmploymentStatus { get; init; }
    public SpotActivityEntry? Activity { get; init; }
}

/// docs/spot.md `POST /v1/participants/{id}/employment-status` and the `employment-status` import file.
public sealed record SpotEmploymentStatus
{
    public const string Employed = "employed";
    public const string NotEmployed = "not_employed";

    public required DateOnly AsOf { get; init; }
    public required string Status { get; init; }
    public string? Employer { get; init; }
    public string? Occupation { get; init; }
    public int? ScopePercent { get; init; }
    public decimal? MonthlySalary { get; init; }
    public DateOnly? StartDate { get; init; }
    public string? FoundVia { get; init; }
    /// `status_form`, `follow_up` or `coordinator`.
    public required string Source { get; init; }
}

/// docs/spot.md `POST /v1/participants/{id}/activities` and the `activities` import file.
public sealed record SpotActivityEntry
{
    public required DateOnly Date { get; init; }
    /// SPOT's activity types (SpotCodes.ActivityTypes).
    public required string Type { get; init; }
    public string? Title { get; init; }
    public string? Coordinator { get; init; }
    public string? Outcome { get; init; }
}
