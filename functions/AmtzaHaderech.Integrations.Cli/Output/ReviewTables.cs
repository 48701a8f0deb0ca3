using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Trust;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// A record waiting for a person, with the people it may be and, for a claim, what it would change.
public sealed record WaitingReview(ReviewItem Item, IReadOnlyList<Participant> Candidates, IReadOnlyList<ClaimDifference>? Differences);

/// `amtza review list` as staff read it: each waiting record under a heading of its own (ids and
/// keys whole, on their own lines), then a table that fits 80 columns.
public static class ReviewTables
{
    public static void Render(IAnsiConsole console, WaitingReview waiting)
    {
        var (item, candidates, differences) = waiting;
        var record = item.Record;
        console.MarkupLine($"[bold]{Markup.Escape(item.Id)}[/]: {Markup.Escape(item.Rule)}");
        console.MarkupLine($"  {Markup.Escape(record.Source)} {Markup.Escape(record.Key)} ({Markup.Escape(record.File)}, row {record.Row})");
        if (differences is not null) Unverified(console, item, candidates, differences);
        else console.Write(SideBySide(record.Person!, candidates));
        WholeLine.Command(console, $"amtza review decide {item.Id} same|different");
    }

    // A claim beside the one person it matched: only what it would add or change.
    private static void Unverified(IAnsiConsole console, ReviewItem item, IReadOnlyList<Participant> candidates, IReadOnlyList<ClaimDifference> differences)
    {
        console.MarkupLine($"  a claim matching participant {Markup.Escape(candidates[0].DisplayId)} ({Markup.Escape(item.MatchedBy ?? "")});");
        console.MarkupLine("  nothing it brings is applied until a person decides");
        if (differences.Count == 0)
        {
            console.MarkupLine("  it no longer differs from the stored person");
            return;
        }
        var table = new Table().AddColumns("field", "stored", "claimed");
        foreach (var d in differences)
            table.AddRow(Markup.Escape(FieldLabel(d.Field)), Markup.Escape(d.Stored), Markup.Escape(d.Claimed));
        console.Write(table);
    }

    /// The demo's view: which records wait and why, without anyone's details (`review list` has those).
    public static void RenderSummary(IAnsiConsole console, IReadOnlyList<WaitingReview> waiting)
    {
        console.MarkupLine($"{waiting.Count} records wait for a person's decision:");
        if (waiting.Count > 0) console.Write(Summary(waiting));
    }

    public static IEnumerable<object> SummaryJson(IReadOnlyList<WaitingReview> waiting) => waiting.Select(w => new
    {
        id = w.Item.Id,
        source = w.Item.Record.Source,
        key = w.Item.Record.Key,
        reason = w.Item.Rule,
        matchedBy = w.Item.MatchedBy,
        wouldChange = w.Differences?.Select(d => d.Field),
    });

    private static Table Summary(IReadOnlyList<WaitingReview> waiting)
    {
        var table = new Table().AddColumn(new TableColumn("key\nreview").NoWrap()).AddColumns("reason", "would change").ShowRowSeparators();
        foreach (var (item, _, differences) in waiting)
            table.AddRow($"{Markup.Escape(item.Record.Key)}\n{Markup.Escape(item.Id)}", Markup.Escape(item.Rule),
                Markup.Escape(string.Join(", ", (differences ?? []).Select(d => FieldLabel(d.Field)))));
        return table;
    }

    public static string FieldLabel(string field) => field switch
    {
        ClaimFields.NationalId => "national ID",
        ClaimFields.BirthDate => "birth date",
        ClaimFields.Email => "e-mail",
        ClaimFields.SmsConsent => "SMS consent",
        ClaimFields.EmailConsent => "e-mail consent",
        _ => field,
    };

    // Side by side: what arrived, and each person it may be.
    private static Table SideBySide(PersonDetails p, IReadOnlyList<Participant> candidates)
    {
        var table = new Table().AddColumn("field").AddColumn("incoming");
        foreach (var c in candidates) table.AddColumn(Markup.Escape(c.DisplayId));
        void Row(string field, string? incoming, Func<Participant, string?> existing) =>
            table.AddRow([field, Markup.Escape(incoming ?? ""), .. candidates.Select(c => Markup.Escape(existing(c) ?? ""))]);
        Row("name", $"{p.FirstName} {p.LastName}", c => string.Join(" / ", c.AlternativeNames.Select(n => $"{n.FirstName} {n.LastName}").Prepend($"{c.FirstName} {c.LastName}")));
        Row("national ID", p.NationalId, c => c.NationalId);
        Row("birth", p.BirthDate?.ToString("yyyy-MM-dd") ?? p.BirthYear?.ToString(), c => c.BirthDate?.ToString("yyyy-MM-dd") ?? c.BirthYear?.ToString());
        Row("phones", string.Join(", ", p.Phones), c => string.Join(", ", c.Phones));
        Row("e-mail", p.Email, c => string.Join(", ", c.Emails));
        Row("city", p.City, c => c.City);
        return table;
    }
}
