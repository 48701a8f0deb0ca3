using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// What a follow-ups run did, as staff read it: a row per kind of message or coordinator's task,
/// rule and channel, with how many. First messages, reminders and tasks each come from their own
/// list in the run's result, so the table agrees with the counts printed below it.
public static class FollowUpRunTable
{
    public const string Coordinator = "coordinator";
    public const string Teams = "teams";

    public sealed record Row(string What, string Rule, string Via, int Count);

    /// Null when the run did nothing worth a row.
    public static Table? Create(FollowUpRunResult result)
    {
        var rows = Rows(result);
        if (rows.Count == 0) return null;
        var table = new Table().AddColumns("what", "rule", "via").AddColumn(new TableColumn("count").RightAligned());
        foreach (var row in rows)
            table.AddRow(Markup.Escape(row.What), Markup.Escape(row.Rule), Markup.Escape(row.Via), row.Count.ToString(CultureInfo.InvariantCulture));
        return table;
    }

    public static IReadOnlyList<Row> Rows(FollowUpRunResult result) =>
    [
        .. result.Sent.GroupBy(i => (i.Rule, i.Channel))
            .Select(g => new Row(FirstMessage(g.Key.Rule), g.Key.Rule, g.Key.Channel, g.Count()))
            .OrderBy(r => r.What, StringComparer.Ordinal).ThenBy(r => r.Rule, StringComparer.Ordinal).ThenBy(r => r.Via, StringComparer.Ordinal),
        .. result.RemindersSent.GroupBy(r => (r.Number, r.Rule, r.Channel))
            .OrderBy(g => g.Key.Number).ThenBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Channel, StringComparer.Ordinal)
            .Select(g => new Row($"reminder {g.Key.Number.ToString(CultureInfo.InvariantCulture)}", g.Key.Rule, g.Key.Channel, g.Count())),
        .. result.NewTasks.GroupBy(t => (t.Kind, t.Rule))
            .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal)
            .Select(g => new Row(Task(g.Key.Kind), g.Key.Rule, Coordinator, g.Count())),
        .. result.Announced > 0 ? [new Row("tasks announced", "", Teams, result.Announced)] : Array.Empty<Row>(),
    ];

    private static string FirstMessage(string rule) => rule switch
    {
        FollowUpRules.Retention or FollowUpRules.Quarterly => "check-in",
        FollowUpRules.Conference => "conference reminder",
        FollowUpRules.Meeting => "meeting reminder",
        FollowUpRules.Workshop => "workshop invitation",
        FollowUpRules.WorkshopReminder => "workshop reminder",
        FollowUpRules.WorkshopOffer => "workshop seat offer",
        FollowUpRules.Exit => "exit check", // the e-mail to the person's coordinator
        _ => rule,
    };

    private static string Task(string kind) => kind switch
    {
        TaskKinds.NoAnswer => "escalation",
        TaskKinds.NoChannel => "no channel",
        TaskKinds.ExitCheck => "exit check",
        TaskKinds.Undeliverable => "undeliverable",
        _ => kind,
    };
}
