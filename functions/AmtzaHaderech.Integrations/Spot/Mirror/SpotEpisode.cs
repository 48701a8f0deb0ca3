namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// One row of SPOT's employment.csv: a job, possibly one that started before enrolment.
public sealed record SpotEpisode
{
    public required string EpisodeId { get; init; }
    public required string ParticipantId { get; init; }
    public DateOnly? StartDate { get; init; }
    /// Last working day; null while still working.
    public DateOnly? EndDate { get; init; }
    public string? Employer { get; init; }
    public string? Occupation { get; init; }
    public int? ScopePercent { get; init; }
    public decimal? MonthlySalary { get; init; }
    /// `self`, `program`, or any other value as given.
    public string? FoundVia { get; init; }
    public bool? SelfEmployed { get; init; }

    public bool Covers(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);
}
