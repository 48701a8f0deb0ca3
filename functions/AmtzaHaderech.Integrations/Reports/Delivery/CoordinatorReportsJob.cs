using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// The coordinators' monthly reports, one workbook per center, each delivered to that center's
/// channel; people with no center go to the program channel. One center's failure does not
/// stop the others: all are tried, then the run fails naming the ones that did not go.
public sealed partial class CoordinatorReportsJob(
    SpotStoreReader store, FollowUpQueries followUps, CenterDirectory centers, IReportDelivery delivery, IOptions<ReportsOptions> options,
    TimeProvider clock, ILogger<CoordinatorReportsJob> logger)
{
    public Task<IReadOnlyList<DeliveryReceipt>> RunMonthlyAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ReportSchedule.PreviousMonth(clock), cancellationToken);

    public async Task<IReadOnlyList<DeliveryReceipt>> RunAsync(ReportMonth month, CancellationToken cancellationToken = default)
    {
        var source = (await store.LoadAsync(cancellationToken)).Required();
        // The people who did not answer the month's follow-ups are the coordinators' call list too.
        var unanswered = await followUps.UnansweredFollowUpsAsync(month, cancellationToken);
        var report = CoordinatorMetrics.Compute(source.Data, month, [.. centers.Centers.Select(c => c.Id)], unanswered);
        var receipts = new List<DeliveryReceipt>();
        var failures = new List<Exception>();
        foreach (var center in CoordinatorWorkbook.Centers(report))
        {
            using var buffer = new MemoryStream();
            CoordinatorWorkbook.Write(report, center, buffer, source.Status.Describe(), centers.Names);
            var channel = center.Length == 0 ? options.Value.ProgramChannel : center;
            var file = new ReportFile(channel, month.Year, ReportSchedule.CoordinatorsFileName(center, month), buffer.ToArray(), Notice(report, center, month));
            try
            {
                receipts.Add(await delivery.DeliverAsync(file, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, file.FileName, channel);
                failures.Add(e);
            }
        }
        if (failures.Count > 0)
            throw new InvalidOperationException(
                $"{failures.Count} of the coordinators' reports for {month} could not be delivered (see the log for which).",
                new AggregateException(failures));
        return receipts;
    }

    private ReportNotice Notice(CoordinatorReport report, string center, ReportMonth reportMonth)
    {
        var figures = report.Centers.FirstOrDefault(c => c.Center == center) ?? report.All;
        var name = centers.Names.Center(center);
        var month = reportMonth.HebrewName;
        var toCall = report.Coordinators.Where(t => t.Center == center).Sum(t => t.NoContact90.Count + t.FollowUpsDue.Count);
        return new ReportNotice(
            $"דוח חודשי למקדמות התעסוקה - {name} - {month}",
            $"הדוח החודשי של {name} ל{month} נשמר בקבצי הערוץ: גיליון לכל מקדמת, עם רשימת האנשים להתקשר אליהם.",
            [
                ReportFact.Count("פעילים", figures.Active),
                ReportFact.Count("נרשמו החודש", figures.NewEnrolments),
                ReportFact.Count("השמות ראשונות", figures.FirstPlacements),
                ReportFact.Count("להתקשר", toCall),
            ]);
    }

    [LoggerMessage(LogLevel.Error, "Delivering {FileName} to {Channel} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string fileName, string channel);
}
