namespace AmtzaHaderech.Integrations.Participants;

/// A person the hub knows: a lead from a channel, or a participant mirrored from SPOT.
public sealed record Participant
{
    /// The hub's own id. `DisplayId` is what every JSON result shows (SPOT's id when known).
    public required string Id { get; init; }
    public string? SpotId { get; init; }
    public string DisplayId => SpotId ?? Id;

    public string? NationalId { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    /// Other names the person arrived under (another script, a maiden name): matching uses them.
    public List<PersonName> AlternativeNames { get; init; } = [];
    public DateOnly? BirthDate { get; init; }
    public int? BirthYear { get; init; }
    public string? Gender { get; init; }
    /// The language the person reads the hub's messages and pages in (`he`, `ru`, `ar`); null
    /// reads as Hebrew. From the intake form; SPOT has no such column.
    public string? Language { get; init; }
    /// E.164, the first is the primary one; later conflicting values are kept after it.
    public List<string> Phones { get; init; } = [];
    public List<string> Emails { get; init; } = [];
    public string? City { get; init; }
    public string? Center { get; init; }

    public required string RecruitmentChannel { get; init; }
    public string? SubSource { get; init; }
    /// Every inbound record that brought this person (idempotency keys).
    public List<string> Sources { get; init; } = [];

    public bool SmsConsent { get; init; }
    public bool EmailConsent { get; init; }
    public bool Unsubscribed { get; init; }

    public int? MonthsOutOfWork { get; init; }
    public int? YearsOfExperience { get; init; }
    public int? DesiredScope { get; init; }
    public bool? Capacity { get; init; }

    /// From SPOT: intake date (empty = a lead), exit, case manager.
    public DateOnly? EnrolledOn { get; init; }
    public DateOnly? ExitedOn { get; init; }
    public string? Coordinator { get; init; }

    public ScreeningResult? Screening { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed record PersonName(string FirstName, string LastName);

public sealed record ScreeningResult(string Result, string? Reason, DateOnly AsOf);
