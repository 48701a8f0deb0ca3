using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Intake.Occupations;
using AmtzaHaderech.Integrations.Referrals.Screening;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// Either the answers or the errors, in page order.
public sealed record IntakeValidation(IntakeAnswers? Answers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Answers is not null;
}

/// The server's check of every field (the page's own checks are a convenience, never trusted).
/// Messages speak to the person in plain Hebrew (plural address, which reads as neutral) and say
/// how to put it right.
public sealed class IntakeValidator(CenterDirectory centers, OccupationSearch occupations)
{
    /// Also shown by the page's script, which checks the check digit as the ID is typed.
    public const string InvalidNationalId = "מספר תעודת הזהות אינו תקין. נא לבדוק את כל הספרות, כולל ספרת הביקורת (האחרונה)";

    private const int MaxNameLength = 50;
    private const int MaxTextLength = 100;

    public IReadOnlyList<string> ServedCities { get; } =
        [.. centers.Centers.SelectMany(c => c.Cities).Select(c => c.Name).Distinct().Order(StringComparer.Ordinal)];

    public IntakeValidation Validate(IntakeInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        var firstName = Name(input, F.FirstName, "השם הפרטי", errors);
        var lastName = Name(input, F.LastName, "שם המשפחה", errors);
        var nationalId = NationalId(input[F.NationalId], errors);
        var birthDate = IntakeDates.BirthDate(input, today, errors);
        var gender = OneOf(input, F.Gender, IntakeChoices.Gender, "נא לבחור מין", errors);
        var city = City(input, errors);
        var phone = Phone(input[F.Phone], errors);
        var email = Email(input[F.Email], errors);
        var channel = OneOf(input, F.HeardVia, IntakeChoices.HeardVia, "נא לבחור איך שמעתם עלינו", errors);
        var (occupation, code) = Occupation(input, errors);
        var years = Whole(input[F.YearsOfExperience], F.YearsOfExperience, 0, 60,
            "נא לכתוב כמה שנים עבדתם בסך הכול", "נא לכתוב מספר שנים בין 0 ל-60, בספרות", errors);
        var outOfWork = IntakeDates.OutOfWorkSince(input, today, errors);
        var scope = Scope(input, errors);
        var track = OneOf(input, F.Track, IntakeChoices.Track, "נא לבחור באיזה מסלול תרצו לעבוד", errors);
        var capacity = OneOf(input, F.Capacity, IntakeChoices.YesNo, "נא לענות אם אתם מסוגלים לעבוד כיום", errors);
        if (!input.IsChecked(F.PrivacyConsent))
            errors.Add(new FieldError(F.PrivacyConsent, F.PrivacyConsent, "כדי לשלוח את הטופס יש לסמן שקראתם את הודעת הפרטיות ואתם מסכימים לה"));

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
        }, []);
    }

    private static string? Name(IntakeInput input, string field, string what, List<FieldError> errors)
    {
        var value = input[field];
        string? problem = value.Length == 0 ? $"נא לכתוב את {what}"
            : value.Length > MaxNameLength ? $"{what} ארוך מדי: עד {MaxNameLength} אותיות"
            : !NameText.IsPersonName(value) ? $"{what} צריך להתחיל באות, ויכול לכלול רק אותיות, רווח, מקף, גרש וגרשיים"
            : null;
        return Check(field, field, problem, value, errors);
    }

    private static string? NationalId(string value, List<FieldError> errors)
    {
        var digits = value.Replace(" ", "").Replace("-", "");
        string? problem = digits.Length == 0 ? "נא לכתוב מספר תעודת זהות"
            : !digits.All(char.IsAsciiDigit) ? "מספר תעודת זהות כולל ספרות בלבד"
            : digits.Length > 9 ? "מספר תעודת זהות הוא עד 9 ספרות"
            : IsraeliId.Normalize(digits) is null ? InvalidNationalId
            : null;
        return Check(F.NationalId, F.NationalId, problem, IsraeliId.Normalize(digits), errors);
    }

    private static string? OneOf(IntakeInput input, string field, Choice[] choices, string message, List<FieldError> errors) =>
        Check(field, $"{field}-{choices[0].Value}", IntakeChoices.IsOneOf(choices, input[field]) ? null : message, input[field], errors);

    private string? City(IntakeInput input, List<FieldError> errors)
    {
        var chosen = input[F.City];
        if (chosen == F.OtherCityValue)
        {
            var other = input[F.OtherCity];
            string? problem = other.Length == 0 ? "נא לכתוב את שם היישוב שבו אתם גרים"
                : other.Length > MaxNameLength || !NameText.IsPersonName(other) ? "נא לכתוב שם יישוב באותיות, עד 50 אותיות"
                : null;
            return Check(F.OtherCity, F.OtherCity, problem, other, errors);
        }
        return Check(F.City, F.City, ServedCities.Contains(chosen) ? null : "נא לבחור יישוב מגורים מהרשימה, או \"יישוב אחר\"", chosen, errors);
    }

    private static string? Phone(string value, List<FieldError> errors)
    {
        var e164 = IsraeliPhone.ToE164(value);
        string? problem = value.Length == 0 ? "נא לכתוב מספר טלפון נייד"
            : e164 is null || !IsraeliPhone.IsMobile(e164) ? "מספר הטלפון הנייד אינו תקין. נא לכתוב 10 ספרות, למשל 0501234567"
            : null;
        return Check(F.Phone, F.Phone, problem, e164, errors);
    }

    private static string? Email(string value, List<FieldError> errors)
    {
        if (value.Length == 0) return null;
        var email = EmailAddress.Normalize(value);
        return Check(F.Email, F.Email, email is null ? "כתובת הדואר האלקטרוני אינה תקינה. היא נראית כך: name@example.com" : null, email, errors);
    }

    private (string?, string?) Occupation(IntakeInput input, List<FieldError> errors)
    {
        var text = input[F.Occupation];
        string? problem = text.Length == 0 ? "נא לכתוב מה הייתה העבודה האחרונה שלכם"
            : text.Length > MaxTextLength ? $"נא לקצר: עד {MaxTextLength} תווים"
            : text.Any(char.IsControl) ? "נא לכתוב את שם העיסוק במילים"
            : null;
        var occupation = Check(F.Occupation, F.Occupation, problem, text, errors);
        // The code counts only when it is the listed code of exactly the title the page filled in;
        // otherwise the person typed freely and staff pick the code later.
        var code = input[F.OccupationCode];
        var listed = occupation is not null && code.Length == 4
            && occupations.Search(occupation, OccupationSearch.MaxLimit).Any(m => m.Code == code && m.TitleHe == occupation);
        return (occupation, listed ? code : null);
    }

    private static int? Scope(IntakeInput input, List<FieldError> errors)
    {
        var chosen = OneOf(input, F.DesiredScope, IntakeChoices.DesiredScope, "נא לבחור איזה היקף משרה אתם מחפשים", errors);
        return chosen switch
        {
            IntakeChoices.FullScope => 100,
            IntakeChoices.PartialScope => 50,
            IntakeChoices.PercentScope => Whole(input[F.ScopePercent], F.ScopePercent, 1, 100,
                "נא לכתוב איזה אחוז משרה אתם מחפשים", "נא לכתוב אחוז משרה בין 1 ל-100, בספרות", errors),
            _ => null,
        };
    }

    internal static int? Whole(string value, string field, int min, int max, string missing, string wrong, List<FieldError> errors)
    {
        var number = FieldParsing.ParseCount(value.TrimEnd('%').Trim());
        string? problem = value.Length == 0 ? missing : number is null || number < min || number > max ? wrong : null;
        return problem is null ? number : Check<int?>(field, field, problem, null, errors);
    }

    internal static T? Check<T>(string field, string target, string? problem, T? value, List<FieldError> errors)
    {
        if (problem is null) return value;
        errors.Add(new FieldError(field, target, problem));
        return default;
    }
}
