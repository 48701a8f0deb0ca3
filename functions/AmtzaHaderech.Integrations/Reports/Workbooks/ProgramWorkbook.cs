using AmtzaHaderech.Integrations.Reports.Metrics;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// The program report (docs/metrics.md) as a workbook for head office: a sheet per table, with
/// column charts for time to first placement, persistence and recruitment channels.
public static class ProgramWorkbook
{
    public static void Write(ProgramReport report, Stream output, string dataSource)
    {
        ArgumentNullException.ThrowIfNull(report);
        var subtitle = HebrewLabels.Subtitle(report.AsOf, dataSource);
        XlWorkbook.Write(
        [
            ProgramSheets.Centers(report, subtitle),
            ProgramSheets.AgeBands(report, subtitle),
            ProgramSheets.TimeToFirstPlacement(report, subtitle),
            ProgramSheets.Persistence(report, subtitle),
            ProgramSheets.PlacedByTenure(report, subtitle),
            ProgramSheets.FoundVia(report, subtitle),
            ProgramSheets.Employment(report, subtitle),
            ProgramSheets.AgeGroups(report, subtitle),
            ProgramSheets.RecruitmentSources(report, subtitle),
        ], output);
    }
}
