namespace AmtzaHaderech.Integrations.Facebook;

/// The canonical fields a form's answers map to (docs/facebook.md), and Facebook's standard
/// question names, which map without configuration.
internal static class FacebookFields
{
    public const string FullName = "fullName";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string City = "city";
    public const string BirthDate = "birthDate";
    public const string Age = "age";
    public const string YearsOfExperience = "yearsOfExperience";
    public const string MonthsOutOfWork = "monthsOutOfWork";
    public const string DesiredScope = "desiredScope";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        FullName, FirstName, LastName, Phone, Email, City, BirthDate, Age, YearsOfExperience, MonthsOutOfWork, DesiredScope,
    };

    public static readonly IReadOnlyDictionary<string, string> Standard = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["full_name"] = FullName,
        ["first_name"] = FirstName,
        ["last_name"] = LastName,
        ["phone_number"] = Phone,
        ["email"] = Email,
        ["city"] = City,
        ["date_of_birth"] = BirthDate,
    };

    /// Facebook's standard date question answers MM/dd/yyyy; ISO for the rest.
    public static readonly IReadOnlyList<string> DefaultDateFormats = ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy"];
}
