using AmtzaHaderech.Integrations.Reports.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Reports;

/// The program report for head office, on the 1st of every month. Schedules are UTC (Linux apps
/// ignore WEBSITE_TIME_ZONE): 03:00 UTC is 05:00 or 06:00 in Israel, already the 1st there; the
/// job reports as of the last day of the month that ended in Israel.
public sealed class SendMonthlyProgramReport(ProgramReportJob job)
{
    public const string Schedule = HubSchedules.ProgramReport;

    [Function(nameof(SendMonthlyProgramReport))]
    public Task<DeliveryReceipt> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunMonthlyAsync(cancellationToken);
}
