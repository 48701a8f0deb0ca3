using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Storage;
using Cronos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Cli.Local;

/// The Functions app's timer triggers, run by `amtza serve` on the same timetable
/// (HubSchedules) and calling the same services. Facebook's reconciliation is left to
/// FacebookLeadsWorker, which serve also runs.
public sealed partial class LocalSchedules(IServiceProvider services, ILogger<LocalSchedules> logger) : BackgroundService
{
    private sealed record Job(string Name, string Schedule, Func<IServiceProvider, CancellationToken, Task> RunAsync);

    /// Each job under its Functions app name, with its schedule (a test compares the two hosts).
    public static readonly IReadOnlyList<(string Function, string Schedule)> Timetable = [.. Jobs().Select(j => (j.Name, j.Schedule))];

    private static IEnumerable<Job> Jobs() =>
    [
        new("RunFollowUps", HubSchedules.FollowUps, (s, ct) => s.GetRequiredService<FollowUpRunner>().RunAsync(Now(s), ct)),
        new("SweepSpotOutbox", HubSchedules.SpotSweep, (s, ct) => s.GetRequiredService<SpotSync>().SweepAsync(ct)),
        new("PullSpotChanges", HubSchedules.SpotPull, (s, ct) => s.GetRequiredService<SpotSync>().PullAsync(ct)),
        new("WriteEmploymentServiceFeedback", HubSchedules.EmploymentServiceFeedback,
            (s, ct) => s.GetRequiredService<FeedbackFileWriter>().WriteAsync(IsraelTime.Today(s.GetRequiredService<TimeProvider>()), ct)),
        new("SendMonthlyProgramReport", HubSchedules.ProgramReport, (s, ct) => s.GetRequiredService<ProgramReportJob>().RunMonthlyAsync(ct)),
        new("SendMonthlyCoordinatorReports", HubSchedules.CoordinatorReports, (s, ct) => s.GetRequiredService<CoordinatorReportsJob>().RunMonthlyAsync(ct)),
        new("SendMonthlyEvaluationReport", HubSchedules.EvaluationReport, (s, ct) => s.GetRequiredService<EvaluationReportJob>().RunMonthlyAsync(ct)),
        new("SendWorkshopSignUpLists", HubSchedules.WorkshopSignUpLists,
            (s, ct) => s.GetRequiredService<SignUpListDelivery>().RunDailyAsync(s.GetRequiredService<TimeProvider>(), ct)),
        new("ReadWorkshopSignUpLists", HubSchedules.WorkshopListReadBack,
            (s, ct) => s.GetRequiredService<SignUpListReadBack>().RunDailyAsync(s.GetRequiredService<TimeProvider>(), ct)),
        new("CheckPoisonQueues", HubSchedules.PoisonCheck, (s, ct) => s.GetRequiredService<PoisonQueueWatch>().CheckAsync(ct)),
    ];

    /// Runs one job now, as its timer would (a test runs each once).
    public static Task RunAsync(IServiceProvider services, string function, CancellationToken cancellationToken = default) =>
        Jobs().Single(j => j.Name == function).RunAsync(services, cancellationToken);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Jobs().Select(job => RunOnScheduleAsync(job, stoppingToken)));

    // Waiting runs on the machine's clock (a pinned --now never advances); the jobs read the hub's.
    private async Task RunOnScheduleAsync(Job job, CancellationToken stoppingToken)
    {
        var schedule = CronExpression.Parse(job.Schedule, CronFormat.IncludeSeconds);
        while (schedule.GetNextOccurrence(DateTime.UtcNow) is { } next)
        {
            try
            {
                await Task.Delay(next - DateTime.UtcNow, stoppingToken);
                await job.RunAsync(services, stoppingToken);
                LogRan(job.Name);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // As a Functions timer: this run failed, the next one comes on schedule.
                LogFailed(job.Name, e.GetType().Name);
            }
        }
    }

    private static DateTimeOffset Now(IServiceProvider services) => services.GetRequiredService<TimeProvider>().GetUtcNow();

    [LoggerMessage(EventId = 4150, Level = LogLevel.Information, Message = "Scheduled job {Job} ran")]
    private partial void LogRan(string job);

    // The exception's type only: messages can carry what a partner said about a person.
    [LoggerMessage(EventId = 4151, Level = LogLevel.Error, Message = "Scheduled job {Job} failed ({Error}); it runs again on schedule")]
    private partial void LogFailed(string job, string error);
}
