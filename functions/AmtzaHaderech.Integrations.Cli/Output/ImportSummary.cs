using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// The human view of an import: a table of outcome counts per file, and the people to route.
public static class ImportSummary
{
    public static void Render(IAnsiConsole console, ImportResult result)
    {
        foreach (var file in result.Files)
        {
            var table = new Table().AddColumns("outcome", "rows");
            if (file.Status == FileStatuses.Quarantined)
            {
                console.MarkupLine($"[red]{Markup.Escape(file.File)}: quarantined ({Markup.Escape(file.Reason ?? "")})[/] - nothing imported; the file is kept in the quarantine container.");
                continue;
            }
            // The file name as a line of its own: a table title would cut it to the table's width.
            console.MarkupLine($"[bold]{Markup.Escape(file.File)}[/]{(file.Encoding is null ? "" : $" ({file.Encoding})")}");
            foreach (var (outcome, count) in file.Counts) table.AddRow(outcome, count.ToString());
            table.AddRow("[bold]rows[/]", $"[bold]{file.Rows}[/]");
            console.Write(table);
            var toRoute = file.Records.Where(r => r.Screening is not null).ToList();
            if (toRoute.Count == 0) continue;
            var routing = new Table().AddColumns("key", "outcome", "screening", "reason", "participant");
            foreach (var r in toRoute)
                routing.AddRow(r.Key, r.Outcome, r.Screening!, r.ScreeningReason ?? "", r.ParticipantId ?? "");
            console.Write(routing);
        }
    }
}
