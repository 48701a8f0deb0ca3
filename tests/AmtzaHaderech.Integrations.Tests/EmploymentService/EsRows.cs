using AmtzaHaderech.Integrations.EmploymentService;

namespace AmtzaHaderech.Integrations.Tests.EmploymentService;

/// Referral rows for parser tests: the first row of the bundled sample, with changes written as
/// `header=value` pairs separated by `;` (an empty value clears the field, `header=!` removes the column).
internal static class EsRows
{
    public const string ProgramCode = "4521";
    public const string FileName = "es-referrals_4521_20261124_01.csv";
    public static readonly DateOnly FileDate = new(2026, 11, 24);

    public static Dictionary<string, string?> Valid() => new()
    {
        [EsColumns.ReferralId] = "700001",
        [EsColumns.ProgramCode] = ProgramCode,
        [EsColumns.BureauCode] = "113",
        [EsColumns.ReferralDate] = "23/11/2026",
        [EsColumns.NationalId] = "103456786",
        [EsColumns.FirstName] = "רונית",
        [EsColumns.LastName] = "לוי",
        [EsColumns.BirthDate] = "14/03/1968",
        [EsColumns.Gender] = "נ",
        [EsColumns.Mobile] = "050-1234567",
        [EsColumns.Phone2] = "",
        [EsColumns.Email] = "ronit.levi@example.org",
        [EsColumns.City] = "כפר סבא",
        [EsColumns.MonthsOutOfWork] = "6",
        [EsColumns.YearsOfExperience] = "25",
        [EsColumns.DesiredScope] = "מלאה",
        [EsColumns.Notes] = "",
    };

    public static Dictionary<string, string?> With(string changes)
    {
        var row = Valid();
        foreach (var change in changes.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (header, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            if (value == "!") row.Remove(header);
            else row[header] = value;
        }
        return row;
    }
}
