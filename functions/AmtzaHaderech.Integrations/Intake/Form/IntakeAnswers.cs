namespace AmtzaHaderech.Integrations.Intake.Form;

/// A field's error: the field it belongs to, the element the error summary links to (the first
/// input of a group) and the message, in Hebrew.
public sealed record FieldError(string Field, string Target, string Message);

/// What a person posted: the fields of IntakeFields.PersonFields, trimmed, each cut to a bound.
public sealed class IntakeInput
{
    // Longer than any valid answer, so a cut value is still refused by its own rule.
    private const int MaxFieldLength = 300;

    private readonly Dictionary<string, string> _values;

    public IntakeInput(IEnumerable<KeyValuePair<string, string?>> posted)
    {
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in posted)
        {
            if (!IntakeFields.PersonFields.Contains(name) || value is null || _values.ContainsKey(name)) continue;
            var trimmed = value.Trim();
            _values[name] = trimmed.Length > MaxFieldLength ? trimmed[..MaxFieldLength] : trimmed;
        }
    }

    public static IntakeInput Empty { get; } = new([]);

    public string this[string field] => _values.GetValueOrDefault(field, "");

    public bool IsChecked(string field) => this[field] == IntakeFields.Checked;

    /// The answers as received, for the ledger's raw record.
    public IReadOnlyDictionary<string, string?> ToRaw() =>
        IntakeFields.PersonFields.ToDictionary(f => f, f => _values.TryGetValue(f, out var v) && v.Length > 0 ? v : null);
}

/// A valid submission, normalized.
public sealed record IntakeAnswers
{
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string NationalId { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required string Gender { get; init; }
    public required string City { get; init; }
    /// E.164.
    public required string Phone { get; init; }
    public string? Email { get; init; }
    public required string RecruitmentChannel { get; init; }
    public required string Occupation { get; init; }
    /// The ISCO-08 code when the person picked the occupation from the list.
    public string? OccupationCode { get; init; }
    public required int YearsOfExperience { get; init; }
    /// The 1st of the month the person has been out of work since.
    public required DateOnly OutOfWorkSince { get; init; }
    public required int DesiredScope { get; init; }
    public required string Track { get; init; }
    public required bool Capacity { get; init; }
    public required bool SmsConsent { get; init; }
    public required bool EmailConsent { get; init; }
    /// The language the form was filled in: the one the person is written to in.
    public string? Language { get; init; }
}
