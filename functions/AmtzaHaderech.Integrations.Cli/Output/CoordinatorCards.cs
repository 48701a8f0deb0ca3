using AmtzaHaderech.Integrations.FollowUps.Announcements;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// The coordinators' Teams cards a run posted, as a few lines on screen: the first card as
/// Teams shows it (whom it addresses, its first people), then one line per other card, then
/// where the cards and call lists are. Every line fits 80 columns: names and reasons are
/// short, and a path has a line of its own.
public static class CoordinatorCards
{
    private const int PeopleShown = 2;

    public static void Render(IAnsiConsole console, IReadOnlyList<PostedCard> cards)
    {
        if (cards.Count == 0) return;
        console.MarkupLine($"{Plural.Of(cards.Count, "Teams card")} to the coordinators, each with its call list:");
        var first = cards[0].Call;
        console.MarkupLine($"  {Markup.Escape(Addressee(first))}");
        foreach (var person in first.People.Take(PeopleShown))
        {
            var (who, why, since) = CoordinatorCard.Lines(person);
            console.MarkupLine($"    {Markup.Escape(since is null ? who : $"{who} · {since}")}");
            console.MarkupLine($"      {Markup.Escape(why)}");
        }
        if (first.People.Count > PeopleShown)
            console.MarkupLine($"    and {Plural.Of(first.People.Count - PeopleShown, "more", "more")} in the call list");
        foreach (var card in cards.Skip(1)) console.MarkupLine($"  {Markup.Escape(Addressee(card.Call))}");
        if (cards[0].CardPath is { } path)
        {
            // The folder, then the file names: a whole path would not fit 80 columns.
            console.MarkupLine("the first card and its call list, in:");
            WholeLine.Path(console, Path.GetDirectoryName(path)!);
            WholeLine.Path(console, Path.GetFileName(path));
            if (cards[0].CallListPath is { } list) WholeLine.Path(console, Path.GetFileName(list));
        }
    }

    private static string Addressee(CoordinatorCall call) =>
        $"{(call.TeamsUser is null ? "" : "@")}{call.CoordinatorName} ({call.CenterName}): {Plural.Of(call.People.Count, "person", "people")} to call";
}
