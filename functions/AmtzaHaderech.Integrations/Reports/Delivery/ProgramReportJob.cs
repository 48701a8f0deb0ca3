using System.Globalization;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spreadsheets;
using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// The program report for head office, from the SPOT data in the store, delivered to the
/// program channel (`Reports:ProgramChannel`). Monthly it is as of the last day of the month
/// that just ended.
public sealed class ProgramReportJob(
    SpotStoreReader store, CenterDirectory centers, IReportDelivery delivery, IOptions<ReportsOptions> options, IOptions<HubOptions> hub,
    TimeProvider clock)
{
    public Task<DeliveryReceipt> RunMonthlyAsync(CancellationToken cancellationToken = default) =>
        RunAsync(ReportSchedule.PreviousMonth(clock).LastDay, cancellationToken);

    public async Task<DeliveryReceipt> RunAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var source = (await store.LoadAsync(cancellationToken)).Required();
        var report = ProgramMetrics.Compute(source.Data, asOf, [.. centers.Centers.Select(c => c.Id)]);
        using var buffer = new MemoryStream();
        ProgramWorkbook.Write(report, buffer, source.Status.Describe(), centers.Names);
        var file = new ReportFile(options.Value.ProgramChannel, asOf.Year, ReportSchedule.ProgramFileName(asOf), buffer.ToArray(), Notice(report, hub.Value.ProgramName));
        return await delivery.DeliverAsync(file, cancellationToken);
    }

    private static ReportNotice Notice(ProgramReport report, string programName)
    {
        var all = report.Centers[^1];
        var asOf = HebrewLabels.Date(report.AsOf);
        return new ReportNotice(
            $"דוח התוכנית נכון ל-{asOf}",
            $"דוח התוכנית של {programName} נכון ל-{asOf} נשמר בקבצי הערוץ. הנתונים המלאים בגיליונות הדוח.",
            [
                ReportFact.Count("משתתפים", all.Total),
                ReportFact.Count("פעילים", all.Active),
                ReportFact.Count("הושמו", all.Placed),
                new ReportFact("שיעור השמה", Percent(all.PlacementRate)),
            ]);
    }

    private static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
