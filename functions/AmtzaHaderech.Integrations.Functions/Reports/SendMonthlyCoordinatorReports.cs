using AmtzaHaderech.Integrations.Reports.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Reports;

/// The coordinators' monthly reports, one per center into its channel, on the 1st of every
/// month at 03:15 UTC (05:15 or 06:15 in Israel), for the month that ended in Israel.
public sealed class SendMonthlyCoordinatorReports(CoordinatorReportsJob job)
{
    public const string Schedule = HubSchedules.CoordinatorReports;

    [Function(nameof(SendMonthlyCoordinatorReports))]
    public Task<IReadOnlyList<DeliveryReceipt>> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunMonthlyAsync(cancellationToken);
}
