using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Intake.Occupations;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

/// A complete, valid answer set (a 61-year-old from Kfar Saba), changed per test.
internal static class IntakeInputs
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly Lazy<OccupationSearch> Occupations = new(() => OccupationSearch.Create());

    public static IntakeValidator Validator() => new(ShippedDefaults.Directory(), Occupations.Value);

    public static Dictionary<string, string?> Valid() => new()
    {
        [F.FirstName] = "רחל",
        [F.LastName] = "כהן",
        [F.NationalId] = "123456782",
        [F.BirthDay] = "15",
        [F.BirthMonth] = "3",
        [F.BirthYear] = "1965",
        [F.Gender] = "F",
        [F.City] = "כפר סבא",
        [F.Phone] = "050-1234567",
        [F.Email] = "Rachel@Example.com",
        [F.HeardVia] = "friend",
        [F.Occupation] = "מנהלת חשבונות",
        [F.OccupationCode] = "4311",
        [F.YearsOfExperience] = "30",
        [F.WorkingNow] = "no",
        [F.OutOfWorkMonth] = "5",
        [F.OutOfWorkYear] = "2026",
        [F.DesiredScope] = "full",
        [F.Track] = "salaried",
        [F.Capacity] = "yes",
        [F.PrivacyConsent] = F.Checked,
        [F.SmsConsent] = F.Checked,
    };

    public static Dictionary<string, string?> With(params (string Field, string? Value)[] changes)
    {
        var values = Valid();
        foreach (var (field, value) in changes) values[field] = value;
        return values;
    }

    public static Texts Hebrew { get; } = ShippedDefaults.Localizer().Default;

    public static IntakeValidation Validate(Dictionary<string, string?> values, Texts? texts = null) =>
        Validator().Validate(new IntakeInput(values), Today, texts ?? Hebrew);
}
