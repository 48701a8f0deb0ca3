using AmtzaHaderech.Integrations.Reports.Metrics;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// The coordinators' monthly report for one center: a summary sheet (a row per coordinator and
/// the center's total), then a sheet per coordinator with their figures and the people to call.
public static class CoordinatorWorkbook
{
    private static readonly string[] FigureHeaders =
        ["מקדמת תעסוקה", "פעילים", "רשומים", "הושמו", "שיעור השמה", "נרשמו החודש", "פגישות", "סדנאות", "אירועים", "השמות ראשונות", "ללא קשר 90 יום", "מעקבים שלא נענו"];

    private static readonly string[] CallListHeaders =
        ["סיבה", "מזהה משתתף", "שם", "טלפון", "קשר אחרון", "ימים מאז", "מעקב", "מועד המעקב"];

    /// The centers that have a workbook this month: those with rows in the report.
    public static IReadOnlyList<string> Centers(CoordinatorReport report) =>
        [.. report.Centers.Select(c => c.Center ?? "").Where(c => report.Coordinators.Any(t => t.Center == c))];

    public static void Write(CoordinatorReport report, string centerId, Stream output, string dataSource)
    {
        ArgumentNullException.ThrowIfNull(report);
        var subtitle = $"חודש {report.Month} | " + HebrewLabels.Subtitle(report.AsOf, dataSource);
        var teams = report.Coordinators.Where(t => t.Center == centerId).ToList();
        var center = report.Centers.FirstOrDefault(c => c.Center == centerId);

        var summary = new XlSheet("סיכום", $"דוח חודשי למקדמות התעסוקה - {HebrewLabels.Center(centerId)}", subtitle);
        summary.Header(FigureHeaders);
        foreach (var team in teams) summary.Row(Figures(team, XlCell.External(HebrewLabels.Coordinator(team.Coordinator))));
        if (center is not null) summary.Row(Figures(center, XlCell.Label("סה\"כ המרכז", XlStyle.Header)));

        var taken = new HashSet<string>([summary.Name], StringComparer.OrdinalIgnoreCase);
        XlWorkbook.Write([summary, .. teams.Select(t => CoordinatorSheet(t, subtitle, taken))], output);
    }

    private static XlSheet CoordinatorSheet(TeamFigures team, string subtitle, ISet<string> taken)
    {
        var name = HebrewLabels.Coordinator(team.Coordinator);
        var sheetName = XlNames.Unique(name.Split('@')[0], taken);
        var sheet = new XlSheet(sheetName, $"{CellText.Neutralize(name)} - נתוני החודש ורשימת שיחות", subtitle);
        sheet.Row([.. FigureHeaders.Skip(1).Select(h => XlCell.Label(h, XlStyle.Header))]);
        sheet.Row(Figures(team, null));
        sheet.Blank();
        sheet.Header(CallListHeaders);
        foreach (var call in CallList(team))
            sheet.Row(XlCell.Label(call.Reason), XlCell.External(call.ParticipantId), XlCell.External(call.Name), XlCell.Phone(call.Phone),
                XlCell.Date(call.LatestContact), XlCell.Count(call.DaysSince),
                call.Rule is null ? default : XlCell.External(call.Rule), call.DueOn is { } due ? XlCell.Date(due) : default);
        return sheet;
    }

    private static XlCell[] Figures(TeamFigures team, XlCell? first) =>
    [
        .. first is { } label ? [label] : Array.Empty<XlCell>(),
        XlCell.Count(team.Active), XlCell.Count(team.Total), XlCell.Count(team.Placed), XlCell.Of(team.PlacementRate, XlStyle.Percent),
        XlCell.Count(team.NewEnrolments), XlCell.Count(team.Meetings), XlCell.Count(team.Workshops), XlCell.Count(team.Events),
        XlCell.Count(team.FirstPlacements), XlCell.Count(team.NoContact90.Count), XlCell.Count(team.FollowUpsDue.Count),
    ];

    /// Both lists as one, the longest-waiting first: who to call first is who waited longest.
    internal static IEnumerable<Call> CallList(TeamFigures team) =>
        team.NoContact90.Select(c => new Call("ללא קשר 90 יום", c.ParticipantId, c.Name, c.Phone, c.LatestContact, c.DaysSince, null, null))
            .Concat(team.FollowUpsDue.Select(f => new Call("מעקב שלא נענה", f.ParticipantId, f.Name, f.Phone, f.LatestContact, f.DaysSince, f.Rule, f.DueOn)))
            .OrderBy(c => c.LatestContact).ThenBy(c => c.ParticipantId, StringComparer.Ordinal).ThenBy(c => c.DueOn);

    internal sealed record Call(string Reason, string ParticipantId, string Name, string? Phone, DateOnly LatestContact, int DaysSince, string? Rule, DateOnly? DueOn);
}
