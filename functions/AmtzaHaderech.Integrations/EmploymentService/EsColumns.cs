namespace AmtzaHaderech.Integrations.EmploymentService;

/// The referral file's columns (docs/employment-service.md): Hebrew header -> canonical field.
public static class EsColumns
{
    public const string ReferralId = "מספר_הפניה";
    public const string ProgramCode = "קוד_תכנית";
    public const string BureauCode = "קוד_לשכה";
    public const string ReferralDate = "תאריך_הפניה";
    public const string NationalId = "מספר_זהות";
    public const string FirstName = "שם_פרטי";
    public const string LastName = "שם_משפחה";
    public const string BirthDate = "תאריך_לידה";
    public const string Gender = "מין";
    public const string Mobile = "טלפון_נייד";
    public const string Phone2 = "טלפון_נוסף";
    public const string Email = "דואל";
    public const string City = "ישוב";
    public const string MonthsOutOfWork = "חודשי_אבטלה";
    public const string YearsOfExperience = "שנות_ניסיון";
    public const string DesiredScope = "היקף_משרה_מבוקש";
    public const string Notes = "הערות";

    /// Required columns, in the contract's order, with the canonical field named in reasons.
    public static readonly (string Header, string Field)[] Required =
    [
        (ReferralId, "referralId"), (ProgramCode, "programCode"), (BureauCode, "bureauCode"),
        (ReferralDate, "referralDate"), (NationalId, "nationalId"), (FirstName, "firstName"),
        (LastName, "lastName"), (BirthDate, "birthDate"), (City, "city"),
    ];

    public const string TrailerPrefix = "#סה\"כ";
    public const string TrailerPrefixGershayim = "#סה״כ";
}
