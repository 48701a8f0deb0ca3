namespace AmtzaHaderech.Integrations.Participants;

/// A person as a channel describes them, normalized: what matching, merging and screening read.
public sealed record PersonDetails
{
    public string? NationalId { get; init; }
    public required string FirstName { get; init; }
    public string LastName { get; init; } = "";
    public DateOnly? BirthDate { get; init; }
    public int? BirthYear { get; init; }
    public int? Age { get; init; }
    public string? Gender { get; init; }
    /// The language the person chose to be written to in (`he`, `ru`, `ar`): the intake form's
    /// language switch, or an export's column; null where the channel does not say.
    public string? Language { get; init; }
    public IReadOnlyList<string> Phones { get; init; } = [];
    public string? Email { get; init; }
    public string? City { get; init; }
    public int? MonthsOutOfWork { get; init; }
    public int? YearsOfExperience { get; init; }
    public int? DesiredScope { get; init; }
    /// The intake form's "able to work" declaration; null where the channel does not ask.
    public bool? Capacity { get; init; }
    public string? Notes { get; init; }
    public bool SmsConsent { get; init; } = true;
    public bool EmailConsent { get; init; } = true;
}
