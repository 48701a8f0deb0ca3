using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.EmploymentService;

/// The daily feedback file, written late in the Israeli evening. Schedules are UTC (Linux apps
/// ignore WEBSITE_TIME_ZONE): 20:30 UTC is 22:30 or 23:30 in Israel, always the same Israeli day.
public sealed class WriteEmploymentServiceFeedback(FeedbackFileWriter writer, TimeProvider clock)
{
    public const string Schedule = HubSchedules.EmploymentServiceFeedback;

    [Function(nameof(WriteEmploymentServiceFeedback))]
    public Task<FeedbackFile> Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        writer.WriteAsync(IsraelTime.Today(clock), cancellationToken);
}
