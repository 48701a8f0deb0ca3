using System.Text;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.Spot.Files;

/// SPOT bulk-import files (docs/spot.md, "`file`"): UTF-8 with BOM, comma, RFC 4180, header
/// row, dates yyyy-MM-dd, written by SafeCsvWriter so that staff can open them safely.
/// `participant_id` is SPOT's id when the hub knows it (empty for a new person); `external_id` is
/// always the hub's id of the person.
public static class SpotImportFiles
{
    public const string Participants = "participants";
    public const string EmploymentStatus = "employment-status";
    public const string Activities = "activities";

    public static readonly IReadOnlyList<string> ParticipantColumns = [.. SpotExportFiles.ParticipantColumns, "external_id", "changed_fields"];

    public static readonly IReadOnlyList<string> EmploymentStatusColumns =
    [
        "participant_id", "external_id", "as_of", "status", "employer", "occupation", "scope_percent",
        "monthly_salary", "start_date", "found_via", "source",
    ];

    public static readonly IReadOnlyList<string> ActivityColumns =
        ["activity_id", "participant_id", "external_id", "date", "type", "title", "coordinator", "outcome"];

    /// The file kind a change goes into, in the order files are written.
    public static string KindOf(string changeKind) => changeKind switch
    {
        SpotChangeKinds.Participant => Participants,
        SpotChangeKinds.EmploymentStatus => EmploymentStatus,
        _ => Activities,
    };

    public static readonly IReadOnlyList<string> Kinds = [Participants, EmploymentStatus, Activities];

    /// `spotIdOf`: SPOT's id of a hub person, when known.
    public static byte[] Render(string kind, IEnumerable<SpotChange> changes, Func<string, string?> spotIdOf)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            using var csv = new SafeCsvWriter(text);
            csv.Texts(kind switch { Participants => ParticipantColumns, EmploymentStatus => EmploymentStatusColumns, _ => ActivityColumns }).EndRow();
            foreach (var change in changes)
            {
                WriteRow(csv, kind, change, spotIdOf(change.ParticipantId) ?? "");
                csv.EndRow();
            }
            csv.Flush();
        }
        return buffer.ToArray();
    }

    // Every value is text from outside unless the hub made it: the phone it validated, the numbers.
    private static void WriteRow(SafeCsvWriter csv, string kind, SpotChange change, string spotId)
    {
        switch (kind)
        {
            case Participants:
                csv.Text(spotId);
                foreach (var column in SpotExportFiles.ParticipantColumns.Skip(1))
                {
                    var value = change.Fields.GetValueOrDefault(column);
                    if (column == "phone") csv.Phone(value);
                    else csv.Text(value);
                }
                csv.Text(change.ParticipantId).Text(string.Join(';', change.ChangedFields));
                break;
            case EmploymentStatus when change.EmploymentStatus is { } s:
                csv.Text(spotId).Text(change.ParticipantId).Text(SpotFields.Date(s.AsOf)).Text(s.Status).Text(s.Employer).Text(s.Occupation)
                    .Number(s.ScopePercent).Number(s.MonthlySalary).Text(SpotFields.Date(s.StartDate)).Text(s.FoundVia).Text(s.Source);
                break;
            case Activities when change.Activity is { } a:
                csv.Text("").Text(spotId).Text(change.ParticipantId).Text(SpotFields.Date(a.Date)).Text(a.Type).Text(a.Title).Text(a.Coordinator).Text(a.Outcome);
                break;
            default:
                throw new InvalidOperationException($"Change {change.Id} ({change.Kind}) has no data for a {kind} file.");
        }
    }
}
