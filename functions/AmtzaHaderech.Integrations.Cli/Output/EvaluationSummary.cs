using System.Globalization;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// The evaluation report as a coordinator reads it on screen: the channel whose people find work
/// soonest, each workshop beside its comparison group, and the referral funnel per channel.
public static class EvaluationSummary
{
    public static void Render(IAnsiConsole console, EvaluationReport report)
    {
        if (EvaluationHighlights.BestChannel(report) is { } best)
            console.MarkupLine($"Best 6-month placement rate: {Markup.Escape(best.Source)}, {best.Placed6} of {best.Cohort6} ({Percent(best.Placed6Rate)}).");
        else console.MarkupLine("No recruitment channel has anyone enrolled six months yet.");

        if (report.Workshops.Count == 0)
            console.MarkupLine("Workshops: no workshop attendance in SPOT's data yet.");
        else
        {
            var workshops = new Table().AddColumn("workshop").AddColumns(
                [.. new[] { "came", "people", "followed", "placed 6 mo", "others" }.Select(h => new TableColumn(h).RightAligned())]);
            foreach (var w in report.Workshops)
                workshops.AddRow(Markup.Escape(w.Workshop), Count(w.Attendances), Count(w.Participants), Count(w.Cohort),
                    Percent(w.Placed6Rate), Percent(w.ComparisonRate6));
            console.Write(workshops);
            console.MarkupLine("[dim]others: their center's comparison group; this describes, it does not prove.[/]");
        }

        var funnel = report.Funnel;
        var all = funnel.Channels[^1];
        console.MarkupLine($"Referrals received {funnel.From:yyyy-MM-dd} to {funnel.To:yyyy-MM-dd}: {all.Records} records, {all.People} people.");
        console.MarkupLine("Each person under the channel of their first record:");
        var table = new Table().AddColumn(new TableColumn("channel").NoWrap()).AddColumns(
            [.. new[] { "people", "eligible", "invited", "confirmed", "enrolled" }.Select(h => new TableColumn(h).RightAligned())]);
        foreach (var c in funnel.Channels)
            table.AddRow(Markup.Escape(c.Channel), Count(c.People), Count(c.Eligible), Count(c.Invited), Count(c.Confirmed), Count(c.Enrolled));
        console.Write(table);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
