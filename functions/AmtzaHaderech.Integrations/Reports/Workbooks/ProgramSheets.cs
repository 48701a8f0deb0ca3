using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// One sheet per table of docs/metrics.md, in the order of the 2018 interim report. Each title
/// carries the as-of date (SheetHeading); centers are named as configured.
internal static class ProgramSheets
{
    private const string PercentFormat = "0.0%", CountFormat = "#,##0";

    public static XlSheet Centers(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("מרכזים", "משתתפים והשמה לפי מרכז");
        sheet.Header("מרכז", "רשומים", "פעילים", "הושמו", "שיעור השמה", "גיל ממוצע (פעילים)");
        foreach (var c in report.Centers)
            sheet.Row(XlCell.External(heading.Names.Center(c.Center)), XlCell.Count(c.Total), XlCell.Count(c.Active), XlCell.Count(c.Placed),
                XlCell.Of(c.PlacementRate, XlStyle.Percent), XlCell.Of(c.MeanAge, XlStyle.OneDecimal));
        return sheet;
    }

    public static XlSheet AgeBands(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("התפלגות גילים", "פעילים לפי קבוצת גיל ומרכז");
        var centers = report.AgeBands.Keys.ToList();
        sheet.Header([.. centers.SelectMany(c => new[] { $"{heading.Names.Center(c)} - מספר", $"{heading.Names.Center(c)} - שיעור" }).Prepend("קבוצת גיל")]);
        var bands = report.AgeBands.Values.FirstOrDefault() ?? [];
        for (var b = 0; b < bands.Count; b++)
        {
            var band = b;
            sheet.Row([XlCell.Label(bands[band].Band), .. centers.SelectMany(c => Band(report.AgeBands[c][band]))]);
        }
        return sheet;
    }

    public static XlSheet TimeToFirstPlacement(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("זמן עד השמה", "זמן מהרישום עד ההשמה הראשונה");
        var header = sheet.Header("חודשים", "מספר", "שיעור מהמושמים");
        foreach (var band in report.TimeToFirstPlacement) sheet.Row([XlCell.Label(band.Band), .. Band(band)]);
        sheet.Charts.Add(new XlChart("זמן עד השמה ראשונה (שיעור מהמושמים)", header, header + 1, sheet.LastRow, 1, [3], PercentFormat));
        return sheet;
    }

    public static XlSheet Persistence(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("התמדה", "התמדה בעבודה אחרי ההשמה הראשונה");
        var header = sheet.Header("חודשים מההשמה", "מושמים", "באותה עבודה", "מועסקים", "שיעור באותה עבודה", "שיעור מועסקים");
        foreach (var p in report.Persistence)
            sheet.Row(XlCell.Label(HebrewLabels.Months(p.Months)), XlCell.Count(p.N), XlCell.Count(p.SameJob), XlCell.Count(p.Employed),
                XlCell.Of(Share(p.SameJob, p.N), XlStyle.Percent), XlCell.Of(Share(p.Employed, p.N), XlStyle.Percent));
        sheet.Charts.Add(new XlChart("התמדה בעבודה", header, header + 1, sheet.LastRow, 1, [5, 6], PercentFormat));
        return sheet;
    }

    public static XlSheet PlacedByTenure(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("השמה לפי ותק", "שיעור המושמים לפי ותק בתוכנית");
        sheet.Header("ותק", "רשומים לפחות כך", "הושמו עד אז", "שיעור");
        foreach (var t in report.PlacedByTenure)
            sheet.Row(XlCell.Label(HebrewLabels.Months(t.Months)), XlCell.Count(t.Cohort), XlCell.Count(t.Placed),
                XlCell.Of(Share(t.Placed, t.Cohort), XlStyle.Percent));
        return sheet;
    }

    public static XlSheet FoundVia(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("מציאת העבודה", "איך נמצאה העבודה (כל ההשמות)");
        sheet.Header("דרך", "השמות", "שיעור");
        var f = report.FoundVia;
        var total = f.Self + f.Program + f.Unknown;
        foreach (var (label, count) in new[] { ("בעצמו/ה", f.Self), ("דרך התוכנית", f.Program), ("לא ידוע", f.Unknown) })
            sheet.Row(XlCell.Label(label), XlCell.Count(count), XlCell.Of(Share(count, total), XlStyle.Percent));
        return sheet;
    }

    public static XlSheet Employment(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("שכר והיקף משרה", "שכר חודשי והיקף משרה של העובדים כעת");
        sheet.Header("מדד", "מדווחים", "ממוצע", "חציון", "סטיית תקן");
        var (salary, scope) = (report.Employment.Salary, report.Employment.Scope);
        sheet.Row(XlCell.Label("שכר חודשי"), XlCell.Count(salary.N), XlCell.Of(salary.Mean, XlStyle.Shekels), XlCell.Of(salary.Median, XlStyle.Shekels),
            XlCell.Of(salary.Sd, XlStyle.Shekels));
        sheet.Row(XlCell.Label("היקף משרה (%)"), XlCell.Count(scope.N), XlCell.Of(scope.Mean, XlStyle.OneDecimal), XlCell.Of(scope.Median, XlStyle.OneDecimal),
            XlCell.Of(scope.Sd, XlStyle.OneDecimal));
        return sheet;
    }

    public static XlSheet AgeGroups(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("עד 60 ומעל", "עבודה, היקף משרה ושכר לפי גיל");
        sheet.Header("גיל", "רשומים", "עובדים כעת", "היקף משרה ממוצע (%)", "שכר ממוצע", "שכר חציוני", "שכר למשרה מלאה");
        foreach (var g in report.AgeGroups)
            sheet.Row(XlCell.Label(g.Group), XlCell.Count(g.N), XlCell.Count(g.Working), XlCell.Of(g.MeanScope, XlStyle.OneDecimal),
                XlCell.Of(g.MeanSalary, XlStyle.Shekels), XlCell.Of(g.MedianSalary, XlStyle.Shekels), XlCell.Of(g.SalaryPerFullPosition, XlStyle.Shekels));
        return sheet;
    }

    public static XlSheet RecruitmentSources(ProgramReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("ערוצי גיוס", "רשומים לפי ערוץ הגיוס");
        var header = sheet.Header("ערוץ", "רשומים", "שיעור");
        var total = report.RecruitmentSources.Sum(s => s.Count);
        foreach (var s in report.RecruitmentSources)
            sheet.Row(XlCell.External(HebrewLabels.RecruitmentSource(s.Source)), XlCell.Count(s.Count), XlCell.Of(Share(s.Count, total), XlStyle.Percent));
        sheet.Charts.Add(new XlChart("ערוצי גיוס (רשומים)", header, header + 1, sheet.LastRow, 1, [2], CountFormat));
        return sheet;
    }

    private static XlCell[] Band(BandCount band) => [XlCell.Count(band.Count), XlCell.Of(band.Share, XlStyle.Percent)];

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
