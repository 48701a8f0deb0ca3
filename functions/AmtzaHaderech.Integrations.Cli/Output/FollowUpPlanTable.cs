using System.Globalization;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// `amtza followups plan` as staff read it: who is due, a row each (participant, name, center,
/// rule, due date, and the status when not every item is simply due), then how many of each
/// rule. Retention checks show their month (retention 6m).
public static class FollowUpPlanTable
{
    public static void Render(IAnsiConsole console, FollowUpPlan plan, IReadOnlyDictionary<string, SpotParticipant> people, ReportNames names)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var asOf = plan.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (plan.Items.Count == 0)
        {
            console.MarkupLine($"Nothing is due at {asOf}.");
            return;
        }
        var withStatus = plan.Items.Any(i => i.Status != FollowUpStatuses.Due);
        var table = new Table().Border(TableBorder.Minimal).AddColumns("participant", "name", "center", "rule", "due");
        if (withStatus) table.AddColumn("status");
        foreach (var item in plan.Items)
        {
            var person = people.GetValueOrDefault(item.ParticipantId);
            string[] cells =
            [
                item.ParticipantId, person?.FullName ?? "", names.Center(person?.Center), Rule(item),
                item.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                .. withStatus ? [item.Status] : Array.Empty<string>(),
            ];
            table.AddRow([.. cells.Select(Markup.Escape)]);
        }
        console.Write(table);
        WholeLine.Items(console, $"{Plural.Of(plan.Items.Count, "follow-up")} at {asOf}:",
            plan.Items.GroupBy(i => i.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count().ToString("N0", CultureInfo.InvariantCulture)} {g.Key}"));
        if (withStatus)
            WholeLine.Items(console, "by status:", plan.Items.GroupBy(i => i.Status).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count().ToString("N0", CultureInfo.InvariantCulture)} {g.Key}"));
    }

    private static string Rule(FollowUpItem item) => item.Months is { } months ? $"{item.Rule} {months}m" : item.Rule;
}
