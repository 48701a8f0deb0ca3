using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

// Steps 7 and 14: the reports, read from the store as the monthly jobs and `amtza report` read it.
internal sealed partial class DemoSteps
{
    // The SPOT history in the samples ends in 2018: the program's reports are as of this day.
    private static readonly DateOnly ReportDay = new(2018, 11, 1);

    public async Task WriteReportsAsync()
    {
        _console.MarkupLine($"[bold]7. Reports from the store (the SPOT history ends in 2018: as of {ReportDay:yyyy-MM-dd})[/]");
        _stored = await _session.Get<SpotStoreReader>().LoadAsync(_cancellationToken);
        var history = _stored.Data;
        var directory = _session.Get<CenterDirectory>();
        var centers = directory.Centers.Select(c => c.Id).ToList();
        var program = ProgramMetrics.Compute(history, ReportDay, centers);
        _programPath = Path.Combine(_outDir, $"program-report-{ReportDay:yyyy-MM-dd}.xlsx");
        await using (var file = File.Create(_programPath)) ProgramWorkbook.Write(program, file, _stored.Status.Describe(), directory.Names);
        await File.WriteAllTextAsync(Path.ChangeExtension(_programPath, ".json"), MetricsJson.Serialize(program), _cancellationToken);
        var all = program.Centers.Last();
        _console.MarkupLine($"program report: {Plural.Of(all.Total, "participant")}, {all.Active} active, placement rate {all.PlacementRate:P1}:");
        WholeLine.Path(_console, _programPath);
        var month = new ReportMonth(ReportDay.AddMonths(-1).Year, ReportDay.AddMonths(-1).Month);
        // As the monthly job makes it: the month's unanswered check-ins from the store (none
        // yet: the history ends in 2018, and the check-ins go out in step 9).
        var unanswered = await _session.Get<FollowUpQueries>().UnansweredFollowUpsAsync(month, _cancellationToken);
        var coordinators = CoordinatorMetrics.Compute(history, month, centers, unanswered);
        foreach (var center in CoordinatorWorkbook.Centers(coordinators))
        {
            var path = Path.Combine(_outDir, $"coordinators-{center}-{month}.xlsx");
            await using var file = File.Create(path);
            CoordinatorWorkbook.Write(coordinators, center, file, _stored.Status.Describe(), directory.Names);
            _console.MarkupLine($"coordinators' report {Markup.Escape(center)} {month}:");
            WholeLine.Path(_console, path);
        }
    }

    /// The evaluation report as of the samples' day: SPOT's history for the channels and
    /// workshops, the referrals the demo imported for the funnel (their 12 months end today).
    public async Task EvaluationAsync()
    {
        _console.MarkupLine($"[bold]14. What works: the evaluation report as of {DemoCommand.SamplesDay}[/]");
        var (from, to) = EvaluationMetrics.DefaultWindow(_today);
        var referrals = await _session.Get<ReferralFunnelReader>().LoadAsync(from, to, _cancellationToken);
        var report = EvaluationMetrics.Compute(_stored.Data, _today, referrals, from, to);
        _evaluationPath = Path.Combine(_outDir, $"evaluation-report-{_today:yyyy-MM-dd}.xlsx");
        await using (var file = File.Create(_evaluationPath)) EvaluationWorkbook.Write(report, file, _stored.Status.Describe());
        await File.WriteAllTextAsync(Path.ChangeExtension(_evaluationPath, ".json"), MetricsJson.Serialize(report), _cancellationToken);
        EvaluationSummary.Render(_console, report);
        WholeLine.Path(_console, _evaluationPath);
    }
}
