using AmtzaHaderech.Integrations.Tabular;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Exports;

/// Section `Intake`: one profile per kind of intake-form export (Microsoft Forms, Google Forms,
/// a paper form typed into Excel), keyed by its id (`Intake:Profiles:microsoft-forms`).
public sealed class IntakeExportOptions
{
    public const string Section = "Intake";

    public Dictionary<string, IntakeProfile> Profiles { get; set; } = [];

    /// The profile of that id (ids compare case-insensitively), or null.
    public IntakeProfile? Find(string id) =>
        Profiles.FirstOrDefault(p => string.Equals(p.Key, id, StringComparison.OrdinalIgnoreCase)).Value;
}

/// How one export of the intake questions reads: the shared sheet settings plus the answers of
/// the "how did you hear of us" question, which every form words its own way.
public sealed class IntakeProfile : SheetProfile
{
    /// Answer text -> SPOT recruitment code, over the online form's own labels and the codes.
    public Dictionary<string, string> HeardVia { get; set; } = [];

    public override IReadOnlyList<string> CanonicalFields => IntakeExportFields.All;

    protected override IReadOnlyList<string> DefaultRequired { get; } =
        [$"{F.FullName}|{F.FirstName}", $"{F.Phone}|{F.Email}", F.PrivacyConsent];
}

/// The canonical fields of an intake export (docs/intake-form.md), named as the online form
/// names its fields, so a ledger's raw record reads the same from either door.
internal static class IntakeExportFields
{
    public const string SubmittedAt = "submittedAt";

    public static readonly string[] All =
    [
        F.FirstName, F.LastName, F.FullName, F.NationalId, F.BirthDate, F.Gender, F.City, F.Phone, F.Email, F.HeardVia,
        F.Occupation, F.YearsOfExperience, F.OutOfWorkSince, F.DesiredScope, F.Track, F.Capacity,
        F.PrivacyConsent, F.SmsConsent, F.EmailConsent, F.Language, SubmittedAt,
    ];
}
