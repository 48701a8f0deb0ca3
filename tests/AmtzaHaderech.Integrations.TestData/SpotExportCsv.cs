using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using CsvHelper;

namespace AmtzaHaderech.Integrations.TestData;

/// Writes a snapshot as SPOT exports it (docs/spot.md): participants.csv, employment.csv and
/// activities.csv, UTF-8 with a BOM, the contract's columns in its order, empty for null.
public static class SpotExportCsv
{
    public static void WriteFolder(SpotSnapshot data, string folder)
    {
        Directory.CreateDirectory(folder);
        Write(Path.Combine(folder, SpotExportFiles.Participants), SpotExportFiles.ParticipantColumns, data.Participants, p =>
        [
            p.ParticipantId, p.NationalId, p.FirstName, p.LastName, Date(p.BirthDate), p.Gender, p.Phone, p.Email, p.City, p.Center,
            p.RecruitmentSource, Date(p.EnrolledOn), Date(p.ExitedOn), p.ExitReason, p.Coordinator, p.Track, p.Readiness,
        ]);
        Write(Path.Combine(folder, SpotExportFiles.Employment), SpotExportFiles.EmploymentColumns, data.Episodes, e =>
        [
            e.EpisodeId, e.ParticipantId, Date(e.StartDate), Date(e.EndDate), e.Employer, e.Occupation,
            e.ScopePercent?.ToString(CultureInfo.InvariantCulture), e.MonthlySalary?.ToString(CultureInfo.InvariantCulture), e.FoundVia,
            e.SelfEmployed is { } self ? (self ? "true" : "false") : null,
        ]);
        Write(Path.Combine(folder, SpotExportFiles.Activities), SpotExportFiles.ActivityColumns, data.Activities, a =>
            [a.ActivityId, a.ParticipantId, Date(a.Date), a.Type, a.Title, a.Coordinator, a.Outcome]);
    }

    private static void Write<T>(string path, IReadOnlyList<string> columns, IEnumerable<T> rows, Func<T, string?[]> fields)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in columns) csv.WriteField(column);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in fields(row)) csv.WriteField(field ?? "");
            csv.NextRecord();
        }
    }

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
