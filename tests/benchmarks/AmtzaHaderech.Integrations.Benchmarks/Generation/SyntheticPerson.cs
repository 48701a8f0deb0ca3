using System.Globalization;

namespace AmtzaHaderech.Integrations.Benchmarks.Generation;

public enum EmailKind { None, Valid, Invalid }

/// A made-up job seeker, derived from a number alone: the same number always gives the same
/// person, so a repeat referral of someone can be written without keeping earlier rows.
/// National IDs carry a valid check digit; phones are distinct per number.
public sealed record SyntheticPerson(int Number)
{
    private static readonly string[] FirstNames =
        ["רונית", "דוד", "מיכל", "יוסף", "אורנה", "משה", "רחל", "אבי", "Ольга", "Игорь", "סמירה", "חוסאם", "Miriam", "שלמה", "ענת", "גלית"];
    private static readonly string[] LastNames =
        ["לוי", "כהן", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "Петрова", "חדד", "עזרא", "גבאי", "בן דוד", "Smith", "שפירא"];
    // Mostly cities the centers serve, some written the other ways the contract allows, and a few no center serves.
    private static readonly string[] Cities =
        ["כפר סבא", "רעננה", "הוד השרון", "הרצליה", "תל אביב-יפו", "ת\"א", "רמת גן", "גבעתיים", "בני ברק",
         "מודיעין", "ראשון לציון", "חולון", "בת ים", "שוהם", "Kfar Saba", "באר שבע", "חיפה"];
    private static readonly string[] Scopes = ["מלאה", "חלקית", "80", "50%", "", "מלאה"];

    public string NationalId => WithCheckDigit(30_000_000 + Number);
    public string FirstName => FirstNames[Number % FirstNames.Length];
    public string LastName => LastNames[Number / 7 % LastNames.Length];
    // Born 1948-1987: most within the program's ages (45-75 in 2026), some borderline, some outside.
    public DateOnly BirthDate => new(1948 + Number % 40, 1 + Number % 12, 1 + Number % 28);
    public string Gender => Number % 2 == 0 ? "נ" : "ז";
    public string Mobile => Phone("050", Number);
    /// A second mobile the person gives on a later referral: a new phone to merge in.
    public string AlternateMobile => Phone("052", Number);
    public bool HasLandline => Number % 10 == 3;
    public string Landline => $"03-{Number:D7}";
    public EmailKind Email => (Number % 29) switch { 0 => EmailKind.Invalid, var r when r % 2 == 0 => EmailKind.Valid, _ => EmailKind.None };
    public string EmailText => Email switch
    {
        EmailKind.Valid => $"Seeker.{Number}@Example.org ",
        EmailKind.Invalid => $"seeker{Number}(at)example.org",
        _ => "",
    };
    public string City => Cities[Number / 3 % Cities.Length];
    public string MonthsOutOfWork => (Number % 37).ToString(CultureInfo.InvariantCulture);
    public string YearsOfExperience => (Number % 31).ToString(CultureInfo.InvariantCulture);
    public string DesiredScope => Scopes[Number % Scopes.Length];
    public string Notes => Number % 11 == 0 ? "הופנה בטלפון, לבדוק זמינות" : "";

    /// Phone keys of the person's first referral (the mobile, and the landline when there is one).
    public int FirstPhoneCount => HasLandline ? 2 : 1;

    /// The 9-digit ID whose ninth digit makes the Israeli check sum hold.
    public static string WithCheckDigit(int eightDigits)
    {
        var body = eightDigits.ToString("D8", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var product = (body[i] - '0') * (i % 2 == 0 ? 1 : 2);
            sum += product > 9 ? product - 9 : product;
        }
        return body + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
    }

    // The writings the Employment Service uses: dashed, bare, international with spaces.
    private static string Phone(string prefix, int number)
    {
        var digits = number.ToString("D7", CultureInfo.InvariantCulture);
        return (number % 3) switch
        {
            0 => $"{prefix}-{digits}",
            1 => prefix + digits,
            _ => $"+972 {prefix[1..]} {digits[..3]} {digits[3..]}",
        };
    }
}
