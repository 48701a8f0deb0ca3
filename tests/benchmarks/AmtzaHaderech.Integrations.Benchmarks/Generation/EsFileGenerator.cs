using System.Text;
using AmtzaHaderech.Integrations.EmploymentService;
using CsvHelper;
using CsvHelper.Configuration;

namespace AmtzaHaderech.Integrations.Benchmarks.Generation;

/// Writes a valid Employment Service referral file (docs/employment-service.md): UTF-8 with BOM,
/// CRLF, Hebrew headers, the `#סה"כ,N` trailer. Rows are written as they are planned, so the
/// file is never whole in memory.
public static class EsFileGenerator
{
    public const string ProgramCode = "4521";
    public const string FileName = "es-referrals_4521_20261124_01.csv";
    private const string ReferralDate = "23/11/2026";

    private static readonly string[] Header =
    [
        EsColumns.ReferralId, EsColumns.ProgramCode, EsColumns.BureauCode, EsColumns.ReferralDate, EsColumns.NationalId,
        EsColumns.FirstName, EsColumns.LastName, EsColumns.BirthDate, EsColumns.Gender, EsColumns.Mobile, EsColumns.Phone2,
        EsColumns.Email, EsColumns.City, EsColumns.MonthsOutOfWork, EsColumns.YearsOfExperience, EsColumns.DesiredScope, EsColumns.Notes,
    ];

    /// Writes the file into `folder` and returns its path.
    public static async Task<string> WriteAsync(string folder, int rows, int seed, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var text = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };
        // The CSV writer owns the text writer and closes it. A plain CsvHelper writer: this file
        // stands for the Employment Service's, not for one the hub writes (those use SafeCsvWriter).
        await using var csv = new CsvWriter(text, new CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\r\n" });
        foreach (var field in Header) csv.WriteField(field);
        await csv.NextRecordAsync();
        foreach (var plan in ReferralPlanner.Plan(rows, seed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var field in Fields(plan)) csv.WriteField(field);
            await csv.NextRecordAsync();
        }
        // The trailer is no CSV record: it goes around the CSV writer, after everything it holds.
        await csv.FlushAsync();
        await text.WriteLineAsync($"{EsColumns.TrailerPrefix},{rows}");
        await text.FlushAsync(cancellationToken);
        return path;
    }

    private static string[] Fields(RowPlan plan)
    {
        var who = plan.Who;
        var noContact = plan.Rejection == RejectionKind.NoContact;
        var nationalId = plan.Rejection == RejectionKind.NationalId
            ? who.NationalId[..8] + (char)('0' + (who.NationalId[8] - '0' + 1) % 10)
            : who.NationalId;
        return
        [
            plan.ReferralId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            plan.Rejection == RejectionKind.Misrouted ? "9999" : ProgramCode,
            (110 + plan.Person % 40).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReferralDate,
            // The Employment Service sometimes drops leading zeros; the hub pads them back.
            nationalId.TrimStart('0'),
            who.FirstName,
            who.LastName,
            plan.Rejection == RejectionKind.BirthDate ? "01/01/2030" : who.BirthDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            who.Gender,
            noContact ? "" : plan.UsesAlternateMobile ? who.AlternateMobile : who.Mobile,
            noContact || !who.HasLandline ? "" : who.Landline,
            noContact ? "" : who.EmailText,
            who.City,
            who.MonthsOutOfWork,
            who.YearsOfExperience,
            who.DesiredScope,
            who.Notes,
        ];
    }
}
