using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.CallLists;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// The coordinators' monthly report for one center: a summary sheet (a row per coordinator and
/// the center's total), then a sheet per coordinator, named after them, with their figures and
/// the people to call (one row per person, every reason to call them).
public static class CoordinatorWorkbook
{
    private static readonly string[] FigureHeaders =
        ["מקדמת תעסוקה", "פעילים", "רשומים", "הושמו", "שיעור השמה", "נרשמו החודש", "פגישות", "סדנאות", "אירועים", "השמות ראשונות", "ללא קשר 90 יום", "מעקבים שלא נענו"];

    /// The centers that have a workbook this month: those with rows in the report.
    public static IReadOnlyList<string> Centers(CoordinatorReport report) =>
        [.. report.Centers.Select(c => c.Center ?? "").Where(c => report.Coordinators.Any(t => t.Center == c))];

    public static void Write(CoordinatorReport report, string centerId, Stream output, string dataSource, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        var heading = ReportMonth.TryParse(report.Month, out var month)
            ? SheetHeading.Month(month, dataSource, names)
            : SheetHeading.AsOf(report.AsOf, dataSource, names);
        var teams = report.Coordinators.Where(t => t.Center == centerId).ToList();
        var center = report.Centers.FirstOrDefault(c => c.Center == centerId);

        var summary = heading.Sheet("סיכום", $"דוח חודשי למקדמות התעסוקה - {names.Center(centerId)}");
        summary.Header(FigureHeaders);
        foreach (var team in teams) summary.Row(Figures(team, XlCell.External(names.Coordinator(team.Coordinator))));
        if (center is not null) summary.Row(Figures(center, XlCell.Label("סה\"כ המרכז", XlStyle.Header)));

        var taken = new HashSet<string>([summary.Name], StringComparer.OrdinalIgnoreCase);
        XlWorkbook.Write([summary, .. teams.Select(t => CoordinatorSheet(t, heading, report.AsOf, taken))], output);
    }

    private static XlSheet CoordinatorSheet(TeamFigures team, SheetHeading heading, DateOnly asOf, ISet<string> taken)
    {
        var name = heading.Names.Coordinator(team.Coordinator);
        // A configured coordinator's sheet is their name; SPOT's e-mail shows its local part.
        var sheetName = XlNames.Unique(heading.Names.IsConfigured(team.Coordinator) ? name : name.Split('@')[0], taken);
        var sheet = heading.Sheet(sheetName, $"{CellText.Neutralize(name)}: נתוני החודש ורשימת שיחות");
        sheet.SubHeader([.. FigureHeaders.Skip(1)]);
        sheet.Row(Figures(team, null));
        sheet.Blank();
        CallListTable.Add(sheet, CallList(team), asOf);
        return sheet;
    }

    private static XlCell[] Figures(TeamFigures team, XlCell? first) =>
    [
        .. first is { } label ? [label] : Array.Empty<XlCell>(),
        XlCell.Count(team.Active), XlCell.Count(team.Total), XlCell.Count(team.Placed), XlCell.Of(team.PlacementRate, XlStyle.Percent),
        XlCell.Count(team.NewEnrolments), XlCell.Count(team.Meetings), XlCell.Count(team.Workshops), XlCell.Count(team.Events),
        XlCell.Count(team.FirstPlacements), XlCell.Count(team.NoContact90.Count), XlCell.Count(team.FollowUpsDue.Count),
    ];

    /// Both lists as one, a row per person with every reason to call them.
    internal static IReadOnlyList<CallListEntry> CallList(TeamFigures team) => CallListEntry.PerPerson(
        team.FollowUpsDue.Select(f => new CallListEntry(f.ParticipantId, f.Name, f.Phone, CallReasons.Unanswered(f.Rule, f.AskedOn, f.Reached), f.LatestContact, f.DaysSince))
            .Concat(team.NoContact90.Select(c => new CallListEntry(c.ParticipantId, c.Name, c.Phone, CallReasons.NoContact, c.LatestContact, c.DaysSince))));
}
