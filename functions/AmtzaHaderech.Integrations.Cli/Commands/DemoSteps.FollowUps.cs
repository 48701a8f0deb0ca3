using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

// Steps 8-13: the follow-ups instead of phone calls: the plan on SPOT's history, today's run, the
// runs of the days after it (nobody answers in a demo), and the workshops the runs invited to.
internal sealed partial class DemoSteps
{
    public void PlanFollowUps()
    {
        _console.MarkupLine($"[bold]8. Follow-ups due at {ReportDay:yyyy-MM-dd} (instead of phone calls)[/]");
        _plan = _session.Get<FollowUpPlanner>().Plan(_stored.Data, ReportDay, PlannerState.Fresh);
        var byRule = new Table().AddColumns("rule", "status", "items");
        foreach (var group in _plan.Items.GroupBy(i => (i.Rule, i.Status)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal))
            byRule.AddRow(group.Key.Rule, group.Key.Status, group.Count().ToString());
        _console.Write(byRule);
    }

    public async Task SendFollowUpsTodayAsync()
    {
        // At today's send time (10:00), so the items due today go out with the overdue ones.
        var sendTime = _session.Get<QuietTimes>().SendTimeFor(_today);
        var now = _session.Get<TimeProvider>().GetUtcNow();
        _runAt = sendTime > now && IsraelTime.DateOf(sendTime) == _today ? sendTime : now;
        _console.MarkupLine($"[bold]9. Follow-ups sent today ({DemoCommand.SamplesDay}, {TimeZoneInfo.ConvertTime(_runAt, IsraelTime.Zone):HH:mm} Israel time) to the local outbox[/]");
        _invited = (await _session.Get<FollowUpStore>().LoadAsync(_cancellationToken)).Invitations;
        _console.MarkupLine($"{Plural.Of(_invited.Count, "eligible lead")} invited to their center's exposure conference " +
            $"({string.Join(", ", _invited.Select(i => i.ConferenceOn).Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))});");
        _console.MarkupLine("their reminders go 3 days before (rule conference below)");
        _run = await _session.Get<FollowUpRunner>().RunAsync(_runAt, _cancellationToken);
        _outboxes = FollowUpsRunCommand.Outboxes(_session.Get<MessageChannels>());
        FollowUpsRunCommand.Render(_console, _run, _outboxes);
        DemoMessages.Render(_console, _run, _session.Get<MessageChannels>());
    }

    // Nobody answers in a demo: the runs 4 and 10 days after today's remind them.
    public async Task SendRemindersAsync(int step, int daysLater)
    {
        var at = _runAt.AddDays(daysLater);
        _console.MarkupLine($"[bold]{step}. {daysLater} days later ({IsraelTime.DateOf(at):yyyy-MM-dd}): a reminder to those who did not answer[/]");
        _reminderRuns.Add(await _session.Get<FollowUpRunner>().RunAsync(at, _cancellationToken));
        FollowUpsRunCommand.Render(_console, _reminderRuns[^1], _outboxes);
    }

    // Two weeks on, the check-ins go to the coordinators, and the Teams card that announces them
    // is written beside the messages (teams/).
    public async Task EscalateToCoordinatorsAsync()
    {
        var later = _runAt.AddDays(14);
        _console.MarkupLine($"[bold]12. Two weeks later ({IsraelTime.DateOf(later):yyyy-MM-dd}): unanswered check-ins to the coordinators[/]");
        _laterRun = await _session.Get<FollowUpRunner>().RunAsync(later, _cancellationToken);
        FollowUpsRunCommand.Render(_console, _laterRun, _outboxes);
        CoordinatorCards.Render(_console, _laterRun.Cards);
    }

    // The invitations are in the runs above (DemoWorkshops: the sign-up, the list, attendance).
    public async Task WorkshopsAsync()
    {
        _console.MarkupLine("[bold]13. Workshops in Kfar Saba: sign-ups, the list, attendance to SPOT[/]");
        _workshops = await DemoWorkshops.RunAsync(_session, [_run, .. _reminderRuns, _laterRun], _outDir, _console, _cancellationToken);
    }
}
