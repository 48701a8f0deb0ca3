using AmtzaHaderech.Integrations.Reports.Delivery;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Reports;

/// The evaluation report (channels, workshops, the referral funnel) for the program channel, on
/// the 1st of every month after the other monthly reports; as of the last day of the month that
/// ended in Israel.
public sealed class SendMonthlyEvaluationReport(EvaluationReportJob job)
{
    public const string Schedule = HubSchedules.EvaluationReport;

    [Function(nameof(SendMonthlyEvaluationReport))]
    public Task<DeliveryReceipt> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunMonthlyAsync(cancellationToken);
}
