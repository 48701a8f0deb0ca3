using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.Spot.Files;

/// SPOT bulk-import files (docs/spot.md, "`file`"): UTF-8 with BOM, comma, RFC 4180, header
/// row, dates yyyy-MM-dd. `participant_id` is SPOT's id when the hub knows it (empty for a new
/// person); `external_id` is always the hub's id of the person.
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
            using var csv = Csv.Writer(text);
            var columns = kind switch { Participants => ParticipantColumns, EmploymentStatus => EmploymentStatusColumns, _ => ActivityColumns };
            foreach (var column in columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var change in changes)
            {
                foreach (var value in Row(kind, change, spotIdOf(change.ParticipantId) ?? "")) csv.WriteField(value ?? "");
                csv.NextRecord();
            }
            csv.Flush();
        }
        return buffer.ToArray();
    }

    private static IEnumerable<string?> Row(string kind, SpotChange change, string spotId) => kind switch
    {
        Participants =>
        [
            spotId, .. SpotExportFiles.ParticipantColumns.Skip(1).Select(c => change.Fields.GetValueOrDefault(c)),
            change.ParticipantId, string.Join(';', change.ChangedFields),
        ],
        EmploymentStatus when change.EmploymentStatus is { } s =>
        [
            spotId, change.ParticipantId, SpotFields.Date(s.AsOf), s.Status, s.Employer, s.Occupation,
            s.ScopePercent?.ToString(CultureInfo.InvariantCulture), s.MonthlySalary?.ToString(CultureInfo.InvariantCulture),
            SpotFields.Date(s.StartDate), s.FoundVia, s.Source,
        ],
        Activities when change.Activity is { } a =>
            ["", spotId, change.ParticipantId, SpotFields.Date(a.Date), a.Type, a.Title, a.Coordinator, a.Outcome],
        _ => throw new InvalidOperationException($"Change {change.Id} ({change.Kind}) has no data for a {kind} file."),
    };
}
