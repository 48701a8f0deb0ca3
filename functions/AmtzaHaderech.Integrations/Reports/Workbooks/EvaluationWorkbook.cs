using AmtzaHaderech.Integrations.Reports.Evaluation;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// The evaluation report (docs/evaluation.md) as a workbook for the program's evaluators and
/// management: recruitment channels and workshops, each with a chart, and the referral funnel.
public static class EvaluationWorkbook
{
    public static void Write(EvaluationReport report, Stream output, string dataSource)
    {
        ArgumentNullException.ThrowIfNull(report);
        var subtitle = HebrewLabels.Subtitle(report.AsOf, dataSource);
        XlWorkbook.Write(
        [
            EvaluationSheets.Channels(report, subtitle),
            EvaluationSheets.Workshops(report, subtitle),
            EvaluationSheets.Funnel(report, subtitle),
        ], output);
    }
}
