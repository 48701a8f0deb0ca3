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
                console.MarkupLine($"[red]{Markup.Escape(file.File)}: quarantined ({Markup.Escape(file.Reason ?? "")})[/]");
                console.MarkupLine("nothing imported; the file is kept in the quarantine container.");
                continue;
            }
            // The file name as a line of its own: a table title would cut it to the table's width.
            console.MarkupLine($"[bold]{Markup.Escape(file.File)}[/]{(file.Encoding is null ? "" : $" ({file.Encoding})")}");
            foreach (var (outcome, count) in file.Counts) table.AddRow(outcome, count.ToString());
            table.AddRow("[bold]rows[/]", $"[bold]{file.Rows}[/]");
            console.Write(table);
            var toRoute = file.Records.Where(r => r.Screening is not null).ToList();
            if (toRoute.Count == 0) continue;
            console.Write(RoutingTable(toRoute));
        }
    }

    // The record's key and the participant's id share a cell, one above the other: side by side
    // with the screening columns a Facebook lead id and a participant id need 95 columns, and
    // Spectre would break them to fit 80.
    private static Table RoutingTable(IEnumerable<RecordResult> records)
    {
        var table = new Table().AddColumn(new TableColumn("key\nparticipant").NoWrap()).AddColumns("outcome", "screening", "reason")
            .ShowRowSeparators();
        foreach (var r in records)
            table.AddRow($"{Markup.Escape(r.Key)}\n{Markup.Escape(r.ParticipantId ?? "")}", Markup.Escape(r.Outcome), Markup.Escape(r.Screening!),
                Markup.Escape(r.ScreeningReason ?? ""));
        return table;
    }
}
