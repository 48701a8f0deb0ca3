using System.CommandLine;
using System.Globalization;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza followups run`: one scheduler run now (or at `--now`), as the timer function does.
/// `--json`: `{"sent": [...items], "deferred": n, ...}` (docs/cli.md). Exit 1 when a provider failed.
public static class FollowUpsRunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Send the follow-ups due now (reminders and escalations too), as the scheduler does.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await HubSession.OpenAsync(parse, cancellationToken);
            var result = await session.Get<FollowUpRunner>().RunAsync(session.Get<TimeProvider>().GetUtcNow(), cancellationToken);
            var outboxes = Outboxes(session.Get<MessageChannels>());
            if (!await JsonOutput.WriteAsync(parse, ToJson(result, outboxes), cancellationToken))
                Render(AnsiConsole.Console, result, outboxes);
            return result.Completed ? 0 : 1;
        });
        return command;
    }

    public static object ToJson(FollowUpRunResult result, IReadOnlyList<string> outboxes) => new
    {
        sent = result.Sent.Select(FollowUpsCommands.ItemJson),
        deferred = result.Deferred,
        reminders = result.Reminders,
        escalated = result.Escalated,
        handedOver = result.HandedOver,
        rejected = result.Rejected,
        announced = result.Announced,
        cards = result.Cards.Select(c => new
        {
            center = c.Call.CenterName,
            coordinator = c.Call.CoordinatorName,
            people = c.Call.People.Count,
            callList = c.CallListLink,
            card = c.CardPath,
        }),
        messages = result.Messages.Select(m => new
        {
            participantId = m.ParticipantId,
            reference = m.Reference,
            rule = m.Rule,
            channel = m.Channel,
            language = m.Language,
            segments = m.Segments,
            characters = m.Characters,
        }),
        unconfigured = result.Unconfigured,
        completed = result.Completed,
        outbox = outboxes.FirstOrDefault(),
    };

    /// The folders the local outbox writes to (none when providers are configured).
    public static IReadOnlyList<string> Outboxes(MessageChannels channels) =>
        [.. channels.All.OfType<LocalOutboxChannel>().Select(c => c.Folder).Distinct()];

    /// The table of what the run did, the SMS parts its messages took, then its counts: messages
    /// sent (first ones and reminders), deferred, and the coordinators' tasks, with how many of
    /// them Teams heard of.
    public static void Render(IAnsiConsole console, FollowUpRunResult result, IReadOnlyList<string> outboxes)
    {
        if (FollowUpRunTable.Create(result) is { } table) console.Write(table);
        if (SmsPartsTable.Create(result) is { } parts) console.Write(parts);
        console.MarkupLine($"run at {result.At.ToOffset(TimeSpan.Zero):yyyy-MM-dd HH:mm}Z: {Plural.Of(result.Sent.Count + result.Reminders, "message")} sent, {result.Deferred} deferred");
        if (result.NewTasks.Count > 0 || result.Announced > 0)
            console.MarkupLine($"{Plural.Of(result.NewTasks.Count, "coordinator's task", "coordinators' tasks")}, {result.Announced} announced in Teams" +
                (result.Announced < result.NewTasks.Count ? " (the rest on the next run)" : ""));
        if (result.Unconfigured.Count > 0)
            console.MarkupLine($"[yellow]no provider configured for: {Markup.Escape(string.Join(", ", result.Unconfigured))} (those messages wait)[/]");
        if (!result.Completed) console.MarkupLine("[red]a provider failed: the unsent messages are retried on the next run[/]");
        foreach (var folder in outboxes)
        {
            console.MarkupLine("messages written to" + (result.Announced > 0 ? " (the coordinators' Teams cards in teams/)" : "") + ":");
            WholeLine.Path(console, folder);
        }
    }
}
