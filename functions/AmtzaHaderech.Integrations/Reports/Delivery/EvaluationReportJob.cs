using System.Globalization;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spreadsheets;
using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// The evaluation report for the program's evaluators and management, from the SPOT data and
/// the referral records in the store, delivered to the program channel like the program report.
/// Monthly it is as of the last day of the month that just ended; its funnel covers the 12
/// months that end then.
public sealed class EvaluationReportJob(
    SpotStoreReader store, ReferralFunnelReader referrals, IReportDelivery delivery, IOptions<ReportsOptions> options, TimeProvider clock)
{
    public Task<DeliveryReceipt> RunMonthlyAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ReportSchedule.PreviousMonth(clock).LastDay, cancellationToken);

    public async Task<DeliveryReceipt> RunAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var source = (await store.LoadAsync(cancellationToken)).Required();
        var (from, to) = EvaluationMetrics.DefaultWindow(asOf);
        var report = EvaluationMetrics.Compute(source.Data, asOf, await referrals.LoadAsync(from, to, cancellationToken), from, to);
        using var buffer = new MemoryStream();
        EvaluationWorkbook.Write(report, buffer, source.Status.Describe());
        var file = new ReportFile(options.Value.ProgramChannel, asOf.Year, ReportSchedule.EvaluationFileName(asOf), buffer.ToArray(), Notice(report));
        return await delivery.DeliverAsync(file, cancellationToken);
    }

    private static ReportNotice Notice(EvaluationReport report)
    {
        var asOf = HebrewLabels.Date(report.AsOf);
        var best = EvaluationHighlights.BestChannel(report);
        var funnel = report.Funnel.Channels[^1];
        return new ReportNotice(
            $"דוח הערכה נכון ל-{asOf}",
            $"דוח ההערכה של אמצע הדרך נכון ל-{asOf} נשמר בקבצי הערוץ: ערוצי הגיוס, הסדנאות ומסלול ההפניות.",
            [
                new ReportFact("הערוץ המוביל בהשמה תוך 6 חודשים", best is null ? "-" : $"{HebrewLabels.RecruitmentSource(best.Source)} ({Percent(best.Placed6Rate)})"),
                ReportFact.Count("סדנאות", report.Workshops.Count),
                ReportFact.Count("מופנים בשנה", funnel.People),
                ReportFact.Count("מהם נרשמו לתוכנית", funnel.Enrolled),
            ]);
    }

    private static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
