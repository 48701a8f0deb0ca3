using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// The evaluation report (docs/evaluation.md) as a workbook for the program's evaluators and
/// management: recruitment channels and workshops, each with a chart, and the referral funnel.
public static class EvaluationWorkbook
{
    public static void Write(EvaluationReport report, Stream output, string dataSource)
    {
        ArgumentNullException.ThrowIfNull(report);
        // No center or coordinator is named in it, so the configuration's names are not needed.
        var heading = SheetHeading.AsOf(report.AsOf, dataSource, ReportNames.Codes);
        XlWorkbook.Write(
        [
            EvaluationSheets.Channels(report, heading),
            EvaluationSheets.Workshops(report, heading),
            EvaluationSheets.Funnel(report, heading),
        ], output);
    }
}
