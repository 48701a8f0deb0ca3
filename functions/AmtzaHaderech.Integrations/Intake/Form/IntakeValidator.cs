using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Intake.Occupations;
using AmtzaHaderech.Integrations.Localization;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Either the answers or the errors, in page order.
public sealed record IntakeValidation(IntakeAnswers? Answers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Answers is not null;
}

/// The server's check of every field, all in one pass (the page's own checks are a convenience,
/// never trusted). Messages speak to the person in the form's language (texts `intake.error.*`:
/// plural address in Hebrew, which reads as neutral) and say how to put it right.
public sealed class IntakeValidator(CenterDirectory centers, OccupationSearch occupations)
{
    private const int MaxNameLength = 50;
    private const int MaxTextLength = 100;

    public IReadOnlyList<string> ServedCities { get; } =
        [.. centers.Centers.SelectMany(c => c.Cities).Select(c => c.Name).Distinct().Order(StringComparer.Ordinal)];

    public IntakeValidation Validate(IntakeInput input, DateOnly today, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var errors = new List<FieldError>();
        var firstName = Name(input, F.FirstName, texts, errors);
        var lastName = Name(input, F.LastName, texts, errors);
        var nationalId = NationalId(input[F.NationalId], texts, errors);
        var birthDate = IntakeDates.BirthDate(input, today, texts, errors);
        var gender = OneOf(input, F.Gender, IntakeChoices.Gender, texts, errors);
        var city = City(input, texts, errors);
        var phone = Phone(input[F.Phone], texts, errors);
        var email = Email(input[F.Email], texts, errors);
        var channel = OneOf(input, F.HeardVia, IntakeChoices.HeardVia, texts, errors);
        var (occupation, code) = Occupation(input, texts, errors);
        var years = Whole(input[F.YearsOfExperience], F.YearsOfExperience, 0, 60, texts, errors);
        var workingNow = OneOf(input, F.WorkingNow, IntakeChoices.YesNo, texts, errors);
        // Working now: out of work since this month (0 months), as screening counts it.
        var outOfWork = workingNow switch
        {
            "yes" => new DateOnly(today.Year, today.Month, 1),
            "no" => IntakeDates.OutOfWorkSince(input, today, texts, errors),
            _ => null,
        };
        var scope = Scope(input, texts, errors);
        var track = OneOf(input, F.Track, IntakeChoices.Track, texts, errors);
        var capacity = OneOf(input, F.Capacity, IntakeChoices.YesNo, texts, errors);
        if (!input.IsChecked(F.PrivacyConsent))
            errors.Add(new FieldError(F.PrivacyConsent, F.PrivacyConsent, texts.Text("intake.error.privacyConsent")));

        if (errors.Count > 0) return new IntakeValidation(null, errors);
        return new IntakeValidation(new IntakeAnswers
        {
            FirstName = firstName!,
            LastName = lastName!,
            NationalId = nationalId!,
            BirthDate = birthDate!.Value,
            Gender = gender!,
            City = city!,
            Phone = phone!,
            Email = email,
            RecruitmentChannel = channel!,
            Occupation = occupation!,
            OccupationCode = code,
            YearsOfExperience = years!.Value,
            OutOfWorkSince = outOfWork!.Value,
            DesiredScope = scope!.Value,
            Track = track!,
            Capacity = capacity == "yes",
            SmsConsent = input.IsChecked(F.SmsConsent),
            EmailConsent = input.IsChecked(F.EmailConsent),
            Language = texts.Language.Code,
        }, []);
    }

    private static string? Name(IntakeInput input, string field, Texts texts, List<FieldError> errors)
    {
        var value = input[field];
        string? problem = value.Length == 0 ? texts.Text($"intake.error.{field}.missing")
            : value.Length > MaxNameLength ? texts.Text($"intake.error.{field}.long", ("max", MaxNameLength.ToString(CultureInfo.InvariantCulture)))
            : !NameText.IsPersonName(value) ? texts.Text($"intake.error.{field}.letters")
            : null;
        return Check(field, field, problem, value, errors);
    }

    private static string? NationalId(string value, Texts texts, List<FieldError> errors)
    {
        var digits = value.Replace(" ", "").Replace("-", "");
        string? problem = digits.Length == 0 ? texts.Text("intake.error.nationalId.missing")
            : !digits.All(char.IsAsciiDigit) ? texts.Text("intake.error.nationalId.digits")
            : digits.Length > 9 ? texts.Text("intake.error.nationalId.long")
            : IsraeliId.Normalize(digits) is null ? texts.Text("intake.error.nationalId.invalid")
            : null;
        return Check(F.NationalId, F.NationalId, problem, IsraeliId.Normalize(digits), errors);
    }

    /// A radio question: one of its choices, else `intake.error.{field}`.
    private static string? OneOf(IntakeInput input, string field, Choice[] choices, Texts texts, List<FieldError> errors) =>
        Check(field, $"{field}-{choices[0].Value}", IntakeChoices.IsOneOf(choices, input[field]) ? null : texts.Text($"intake.error.{field}"), input[field], errors);

    private string? City(IntakeInput input, Texts texts, List<FieldError> errors)
    {
        var chosen = input[F.City];
        if (chosen == F.OtherCityValue)
        {
            var other = input[F.OtherCity];
            string? problem = other.Length == 0 ? texts.Text("intake.error.otherCity.missing")
                : other.Length > MaxNameLength || !NameText.IsPersonName(other) ? texts.Text("intake.error.otherCity.letters", ("max", MaxNameLength.ToString(CultureInfo.InvariantCulture)))
                : null;
            return Check(F.OtherCity, F.OtherCity, problem, other, errors);
        }
        return Check(F.City, F.City, ServedCities.Contains(chosen) ? null : texts.Text("intake.error.city"), chosen, errors);
    }

    private static string? Phone(string value, Texts texts, List<FieldError> errors)
    {
        var e164 = IsraeliPhone.ToE164(value);
        string? problem = value.Length == 0 ? texts.Text("intake.error.phone.missing")
            : e164 is null || !IsraeliPhone.IsMobile(e164) ? texts.Text("intake.error.phone.invalid")
            : null;
        return Check(F.Phone, F.Phone, problem, e164, errors);
    }

    private static string? Email(string value, Texts texts, List<FieldError> errors)
    {
        if (value.Length == 0) return null;
        var email = EmailAddress.Normalize(value);
        return Check(F.Email, F.Email, email is null ? texts.Text("intake.error.email") : null, email, errors);
    }

    private (string?, string?) Occupation(IntakeInput input, Texts texts, List<FieldError> errors)
    {
        var text = input[F.Occupation];
        string? problem = text.Length == 0 ? texts.Text("intake.error.occupation.missing")
            : text.Length > MaxTextLength ? texts.Text("intake.error.occupation.long", ("max", MaxTextLength.ToString(CultureInfo.InvariantCulture)))
            : text.Any(char.IsControl) ? texts.Text("intake.error.occupation.words")
            : null;
        var occupation = Check(F.Occupation, F.Occupation, problem, text, errors);
        // The code counts only when it is the listed code of exactly the title the page filled in;
        // otherwise the person typed freely and staff pick the code later.
        var code = input[F.OccupationCode];
        var listed = occupation is not null && code.Length == 4
            && occupations.Search(occupation, OccupationSearch.MaxLimit).Any(m => m.Code == code && m.TitleHe == occupation);
        return (occupation, listed ? code : null);
    }

    private static int? Scope(IntakeInput input, Texts texts, List<FieldError> errors)
    {
        var chosen = OneOf(input, F.DesiredScope, IntakeChoices.DesiredScope, texts, errors);
        return chosen switch
        {
            IntakeChoices.FullScope => 100,
            IntakeChoices.PartialScope => 50,
            IntakeChoices.PercentScope => Whole(input[F.ScopePercent], F.ScopePercent, 1, 100, texts, errors),
            _ => null,
        };
    }

    /// A whole number in a range: `intake.error.{field}.missing` or `.range`.
    internal static int? Whole(string value, string field, int min, int max, Texts texts, List<FieldError> errors)
    {
        var number = FieldParsing.ParseCount(value.TrimEnd('%').Trim());
        string? problem = value.Length == 0 ? texts.Text($"intake.error.{field}.missing")
            : number is null || number < min || number > max ? texts.Text($"intake.error.{field}.range")
            : null;
        return problem is null ? number : Check<int?>(field, field, problem, null, errors);
    }

    internal static T? Check<T>(string field, string target, string? problem, T? value, List<FieldError> errors)
    {
        if (problem is null) return value;
        errors.Add(new FieldError(field, target, problem));
        return default;
    }
}
