using System.Globalization;
using System.Text.Json;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// `amtza referrals show` in words: what arrived (the record as the channel sent it), what the
/// hub decided and why (each candidate with the matching rule that applied, docs/matching.md),
/// and each entry criterion with the value used and the band it fell in (docs/screening.md's
/// thresholds, from the configuration). `--json` gives the same as one document.
public static class ReferralExplanation
{
    public static void Render(IAnsiConsole console, LedgerEntry entry, ScreeningOptions thresholds)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var r = entry.Result;
        console.MarkupLine($"[bold]{Markup.Escape(r.Key)}[/] from {Markup.Escape(entry.Source)}: {Markup.Escape(Outcome(r))}");
        console.MarkupLine($"  {Markup.Escape(entry.File)}, row {entry.Row.ToString(CultureInfo.InvariantCulture)}, received {TimeZoneInfo.ConvertTime(entry.ReceivedAt, IsraelTime.Zone):yyyy-MM-dd HH:mm}");
        if (r.ParticipantId is { } participant)
        {
            console.MarkupLine("  participant:");
            WholeLine.Command(console, "  " + participant);
        }

        console.MarkupLine("[bold]What arrived[/]");
        var raw = new Table().Border(TableBorder.Simple).HideHeaders().AddColumns("field", "value");
        foreach (var (field, value) in entry.Raw) raw.AddRow(Markup.Escape(field), Markup.Escape(value ?? ""));
        console.Write(raw);
        foreach (var warning in entry.Warnings) console.MarkupLine($"  note: {Markup.Escape(warning)}");

        if (entry.Explanation is { ValueKind: JsonValueKind.Object } explanation)
        {
            if (explanation.TryGetProperty("matching", out var matching) && matching.ValueKind == JsonValueKind.Object) Matching(console, matching);
            if (explanation.TryGetProperty("screening", out var screening) && screening.ValueKind == JsonValueKind.Object) Screening(console, screening, thresholds);
        }
    }

    private static string Outcome(RecordResult r) => r.Outcome switch
    {
        Outcomes.Accepted => "accepted, a new person",
        Outcomes.Merged => $"merged into a person already known ({r.Reason})",
        Outcomes.Duplicate => "a duplicate: this record arrived before, nothing changed",
        Outcomes.Rejected => $"rejected: {r.Reason}",
        Outcomes.Review => $"waiting for a person to decide ({r.Reason}): amtza review list",
        Outcomes.NoConsent => "kept without consent: not screened, never messaged",
        _ => r.Outcome + (r.Reason is null ? "" : $" ({r.Reason})"),
    };

    private static void Matching(IAnsiConsole console, JsonElement matching)
    {
        var candidates = matching.TryGetProperty("candidates", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        console.MarkupLine("[bold]Matching[/] (docs/matching.md)");
        if (candidates.Count == 0)
        {
            console.MarkupLine("  nobody known shares its national ID, phone or e-mail: a new person");
            return;
        }
        console.MarkupLine($"  {Markup.Escape(Plural.Of(candidates.Count, "person"))} known with the same national ID, phone or e-mail:");
        foreach (var candidate in candidates)
        {
            WholeLine.Command(console, "  " + Text(candidate, "participantId"));
            console.MarkupLine($"      {Markup.Escape(Verdict(Text(candidate, "verdict"), Text(candidate, "rule")))}");
        }
    }

    /// A candidate's verdict and the rule behind it, in words that fit a line.
    public static string Verdict(string verdict, string rule) => (verdict, rule) switch
    {
        ("SamePerson", "rule1") => "the same person (rule 1: the same national ID)",
        ("SamePerson", "rule2") => "the same person (rule 2: same phone or e-mail, same birth date)",
        ("SamePerson", "rule3") => "the same person (rule 3: same phone or e-mail, the names agree)",
        ("DifferentPeople", "rule1") => "different people (rule 1: different national IDs)",
        ("Review", "rule4") => "maybe the same, a person decides (rule 4: names or births differ)",
        ("Review", _) => $"maybe the same, a person decides ({rule})",
        ("NoMatch", _) => "not the same person",
        _ => $"{verdict} ({rule})",
    };

    private static void Screening(IAnsiConsole console, JsonElement screening, ScreeningOptions o)
    {
        var reason = Text(screening, "reason");
        console.MarkupLine($"[bold]Screening[/] as of the record's date: {Markup.Escape(Text(screening, "result"))}" +
            (reason.Length > 0 ? $" ({Markup.Escape(reason)})" : ""));
        if (!screening.TryGetProperty("criteria", out var criteria) || criteria.ValueKind != JsonValueKind.Array) return;
        var table = new Table().Border(TableBorder.Simple).AddColumns("criterion", "value", "band", "meets when");
        foreach (var c in criteria.EnumerateArray())
        {
            var name = Text(c, "criterion");
            table.AddRow(Markup.Escape(CriterionName(name)), Markup.Escape(Text(c, "value") is { Length: > 0 } v ? v : "-"),
                Markup.Escape(Band(Text(c, "band"))), Markup.Escape(Threshold(name, o)));
        }
        console.Write(table);
    }

    private static string CriterionName(string criterion) => criterion switch
    {
        "age" => "age",
        "out_of_work_min" => "months out of work",
        "out_of_work_max" => "months out of work",
        "area" => "city",
        "scope" => "desired scope %",
        "experience" => "years of experience",
        "capacity" => "able to work",
        _ => criterion,
    };

    private static string Band(string band) => band switch
    {
        "Meets" => "meets",
        "Borderline" => "borderline: a call",
        "Fails" => "does not meet",
        "Missing" => "not given",
        _ => band,
    };

    private static string Threshold(string criterion, ScreeningOptions o) => criterion switch
    {
        "age" => $"{o.AgeMin}-{o.AgeMax}",
        "out_of_work_min" => $">= {o.OutOfWorkMinMonths}",
        "out_of_work_max" => $"<= {o.OutOfWorkMaxMonths}",
        "area" => "a served city",
        "scope" => $">= {o.ScopeMinPercent}",
        "experience" => $">= {o.ExperienceMinYears}",
        "capacity" => "yes",
        _ => "",
    };

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
