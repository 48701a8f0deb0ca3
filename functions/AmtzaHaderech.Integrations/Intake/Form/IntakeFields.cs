using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The form's field names: the canonical names of the intake contract where one exists, so the
/// ledger's raw record reads like an intake export's.
internal static class IntakeFields
{
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    /// Exports only: one column with the whole name.
    public const string FullName = "fullName";
    public const string NationalId = "nationalId";
    public const string BirthDay = "birthDay";
    public const string BirthMonth = "birthMonth";
    public const string BirthYear = "birthYear";
    /// Exports only: the date in one column (the form asks day, month and year apart).
    public const string BirthDate = "birthDate";
    public const string Gender = "gender";
    public const string City = "city";
    public const string OtherCity = "otherCity";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string HeardVia = "heardVia";
    public const string Occupation = "occupation";
    public const string OccupationCode = "occupationCode";
    public const string YearsOfExperience = "yearsOfExperience";
    /// "Are you working now?", asked before "since when not".
    public const string WorkingNow = "workingNow";
    public const string OutOfWorkMonth = "outOfWorkMonth";
    public const string OutOfWorkYear = "outOfWorkYear";
    /// Exports only: the month in one column.
    public const string OutOfWorkSince = "outOfWorkSince";
    public const string DesiredScope = "desiredScope";
    public const string ScopePercent = "scopePercent";
    public const string Track = "track";
    public const string Capacity = "capacity";
    public const string PrivacyConsent = "privacyConsent";
    public const string SmsConsent = "smsConsent";
    public const string EmailConsent = "emailConsent";
    /// The language the form was filled in (the language switch): the person's language.
    public const string Language = "language";

    /// Not fields of the person: the signed form token and the honeypot.
    public const string FormToken = "formToken";
    public const string Honeypot = "website";

    /// Every field a person fills, in page order; anything else posted is ignored.
    public static readonly string[] PersonFields =
    [
        FirstName, LastName, NationalId, BirthDay, BirthMonth, BirthYear, Gender, City, OtherCity, Phone, Email,
        HeardVia, Occupation, OccupationCode, YearsOfExperience, WorkingNow, OutOfWorkMonth, OutOfWorkYear, DesiredScope,
        ScopePercent, Track, Capacity, PrivacyConsent, SmsConsent, EmailConsent, Language,
    ];

    /// The value a checked checkbox posts.
    public const string Checked = "yes";

    /// The city list's "other" entry.
    public const string OtherCityValue = "other";
}

/// One choice of a radio group: the value posted and its words in Hebrew (the page shows them in
/// the reader's language: text `intake.{field}.{value}`; exports are read by the Hebrew words).
public sealed record Choice(string Value, string Label);

internal static class IntakeChoices
{
    /// "How did you hear of us": the recruitment channels, valued by SPOT's codes. The form
    /// offers a channel a center configures as its own (`Centers:Items:HeardVia`) only to that
    /// center's people, under the center's words.
    public static readonly Choice[] HeardVia = Choices(IntakeFields.HeardVia,
        RecruitmentChannels.EmploymentService, RecruitmentChannels.Friend, RecruitmentChannels.EmploymentCenter,
        RecruitmentChannels.SocialMedia, RecruitmentChannels.Municipal, RecruitmentChannels.Other);

    public static readonly Choice[] Gender = Choices(IntakeFields.Gender, "M", "F");

    public const string FullScope = "full";
    public const string PartialScope = "partial";
    public const string PercentScope = "percent";

    public static readonly Choice[] DesiredScope = Choices(IntakeFields.DesiredScope, FullScope, PartialScope, PercentScope);

    /// The tracks as SPOT codes them; "not sure" is SPOT's empty track.
    public static readonly Choice[] Track = Choices(IntakeFields.Track, "salaried", "self_employed", "not_sure");

    public static readonly Choice[] YesNo = Choices("yesNo", "yes", "no");

    public static bool IsOneOf(Choice[] choices, string? value) => choices.Any(c => c.Value == value);

    /// The text key of a choice's words.
    public static string TextKey(string group, string value) => $"intake.{group}.{value}";

    private static Choice[] Choices(string group, params string[] values) =>
        [.. values.Select(v => new Choice(v, TextCatalog.Embedded.Get(TextCatalog.Embedded.Hebrew, Addressing.Plural, TextKey(group, v))))];
}
