using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The form's field names: the canonical names of the intake contract where one exists, so the
/// ledger's raw record reads like an intake export's.
public static class IntakeFields
{
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string NationalId = "nationalId";
    public const string BirthDay = "birthDay";
    public const string BirthMonth = "birthMonth";
    public const string BirthYear = "birthYear";
    public const string Gender = "gender";
    public const string City = "city";
    public const string OtherCity = "otherCity";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string HeardVia = "heardVia";
    public const string Occupation = "occupation";
    public const string OccupationCode = "occupationCode";
    public const string YearsOfExperience = "yearsOfExperience";
    public const string OutOfWorkMonth = "outOfWorkMonth";
    public const string OutOfWorkYear = "outOfWorkYear";
    public const string DesiredScope = "desiredScope";
    public const string ScopePercent = "scopePercent";
    public const string Track = "track";
    public const string Capacity = "capacity";
    public const string PrivacyConsent = "privacyConsent";
    public const string SmsConsent = "smsConsent";
    public const string EmailConsent = "emailConsent";

    /// Not fields of the person: the signed form token and the honeypot.
    public const string FormToken = "formToken";
    public const string Honeypot = "website";

    /// Every field a person fills, in page order; anything else posted is ignored.
    public static readonly string[] PersonFields =
    [
        FirstName, LastName, NationalId, BirthDay, BirthMonth, BirthYear, Gender, City, OtherCity, Phone, Email,
        HeardVia, Occupation, OccupationCode, YearsOfExperience, OutOfWorkMonth, OutOfWorkYear, DesiredScope,
        ScopePercent, Track, Capacity, PrivacyConsent, SmsConsent, EmailConsent,
    ];

    /// The value a checked checkbox posts.
    public const string Checked = "yes";

    /// The city list's "other" entry.
    public const string OtherCityValue = "other";
}

/// One choice of a radio group: the value posted and the words a person reads.
public sealed record Choice(string Value, string Label);

public static class IntakeChoices
{
    /// "How did you hear of us": the recruitment channels, valued by SPOT's codes.
    public static readonly Choice[] HeardVia =
    [
        new(RecruitmentChannels.EmploymentService, "שירות התעסוקה"),
        new(RecruitmentChannels.Friend, "חבר או חברה"),
        new(RecruitmentChannels.EmploymentCenter, "מרכז התעסוקה בתל אביב"),
        new(RecruitmentChannels.SocialMedia, "פייסבוק או רשתות חברתיות"),
        new(RecruitmentChannels.Municipal, "העירייה"),
        new(RecruitmentChannels.Other, "דרך אחרת"),
    ];

    public static readonly Choice[] Gender = [new("M", "זכר"), new("F", "נקבה")];

    public const string FullScope = "full";
    public const string PartialScope = "partial";
    public const string PercentScope = "percent";

    public static readonly Choice[] DesiredScope =
    [
        new(FullScope, "משרה מלאה"),
        new(PartialScope, "משרה חלקית"),
        new(PercentScope, "אחוז משרה מסוים"),
    ];

    /// The tracks as SPOT codes them; "not sure" is SPOT's empty track.
    public static readonly Choice[] Track =
    [
        new("salaried", "עבודה כשכיר או שכירה"),
        new("self_employed", "עבודה כעצמאי או עצמאית"),
        new("not_sure", "עוד לא יודעים"),
    ];

    public static readonly Choice[] YesNo = [new("yes", "כן"), new("no", "לא")];

    public static bool IsOneOf(Choice[] choices, string? value) => choices.Any(c => c.Value == value);
}
