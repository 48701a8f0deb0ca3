using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// The program report (docs/metrics.md) as a workbook for head office: a sheet per table, with
/// column charts for time to first placement, persistence and recruitment channels.
public static class ProgramWorkbook
{
    public static void Write(ProgramReport report, Stream output, string dataSource, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(report);
        var heading = SheetHeading.AsOf(report.AsOf, dataSource, names);
        XlWorkbook.Write(
        [
            ProgramSheets.Centers(report, heading),
            ProgramSheets.AgeBands(report, heading),
            ProgramSheets.TimeToFirstPlacement(report, heading),
            ProgramSheets.Persistence(report, heading),
            ProgramSheets.PlacedByTenure(report, heading),
            ProgramSheets.FoundVia(report, heading),
            ProgramSheets.Employment(report, heading),
            ProgramSheets.AgeGroups(report, heading),
            ProgramSheets.RecruitmentSources(report, heading),
        ], output);
    }
}
