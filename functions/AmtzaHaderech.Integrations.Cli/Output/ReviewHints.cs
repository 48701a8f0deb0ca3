using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// Under each record `amtza review list` shows: the `amtza review decide` commands that settle
/// it, whole, one per line, ready to copy. With several candidates, `same` names the person to
/// merge into (`--into`), one line per candidate.
public static class ReviewHints
{
    public static IReadOnlyList<string> Commands(ReviewItem item, IReadOnlyList<Participant> candidates, Func<string, string> next)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(next);
        var decide = $"amtza review decide {item.Id}";
        IEnumerable<string> same = candidates.Count > 1
            ? candidates.Select(c => $"{decide} {ReviewDecisions.Same} --into {c.DisplayId}")
            : [$"{decide} {ReviewDecisions.Same}"];
        return [.. same.Append($"{decide} {ReviewDecisions.Different}").Select(next)];
    }

    public static void Render(IAnsiConsole console, ReviewItem item, IReadOnlyList<Participant> candidates, Func<string, string> next)
    {
        console.MarkupLine(candidates.Count > 1 ? "the same as one of them, or nobody known:" : "the same person, or different people:");
        foreach (var command in Commands(item, candidates, next)) WholeLine.Command(console, command);
    }
}
