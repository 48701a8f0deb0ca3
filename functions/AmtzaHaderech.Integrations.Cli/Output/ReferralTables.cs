using System.Globalization;
using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// `amtza referrals list` as staff read it. By default four narrow columns (key, source,
/// outcome, reason) that fit 80 columns, so a record is a line; `--wide` adds the ledger id,
/// file, row, screening and participant, laid out at their full width (no wrapping: a wide
/// terminal or a pager shows them, as `kubectl get -o wide` does).
public static class ReferralTables
{
    public static void Render(IAnsiConsole console, IReadOnlyList<LedgerEntry> entries, bool wide, Func<string, string> next)
    {
        var table = new Table().Border(TableBorder.Minimal);
        if (wide)
        {
            table.AddColumns("id", "source", "file", "row", "key", "outcome", "reason", "screening", "participant");
            foreach (var e in entries)
                table.AddRow(Cells(e.Id, e.Source, e.File, e.Row.ToString(CultureInfo.InvariantCulture), e.Result.Key, e.Result.Outcome,
                    e.Result.Reason ?? "", Screening(e.Result), e.Result.ParticipantId ?? ""));
            // Laid out at its natural width whatever the terminal's.
            var unbounded = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Profile.Out.Writer) });
            unbounded.Profile.Width = 1000;
            unbounded.Write(table);
        }
        else
        {
            table.AddColumns("key", "source", "outcome", "reason");
            foreach (var e in entries) table.AddRow(Cells(e.Result.Key, e.Source, e.Result.Outcome, e.Result.Reason ?? ""));
            console.Write(table);
        }
        WholeLine.Items(console, Plural.Of(entries.Count, "record") + (entries.Count > 0 ? ":" : ""), Counts(entries));
        if (entries.Count == 0) return;
        if (!wide) console.MarkupLine("--wide shows each one's file, row, screening and participant.");
        console.MarkupLine("Why a record ended so, in words:");
        WholeLine.Command(console, next($"amtza referrals show {entries[0].Result.Key}"));
    }

    /// "12 accepted", "5 merged", ... in the contract's order of outcomes.
    public static IEnumerable<string> Counts(IReadOnlyList<LedgerEntry> entries) =>
        entries.GroupBy(e => e.Result.Outcome)
            .OrderBy(g => Array.IndexOf(Outcomes.All, g.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count().ToString("N0", CultureInfo.InvariantCulture)} {g.Key}");

    public static string Screening(RecordResult r) =>
        r.Screening is null ? "" : r.ScreeningReason is null ? r.Screening : $"{r.Screening}:{r.ScreeningReason}";

    private static string[] Cells(params string[] values) => [.. values.Select(Markup.Escape)];
}
