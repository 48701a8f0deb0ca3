using System.CommandLine;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// The command a mistyped command line meant: each command word that names no subcommand is
/// replaced by the closest one (at most two letters added, dropped, changed or swapped, or a
/// shortening), and the result must parse cleanly. `amtza referral lst` -> `amtza referrals list`.
/// System.CommandLine's own suggestions list candidates per word, some of them unrelated (an
/// option for an argument); this says the one whole command, or nothing.
public static class CommandSuggestion
{
    private const int MaxEdits = 2;

    /// `Typed`: the command words as typed ("referral lst"); `Meant`: the whole corrected line.
    public sealed record Suggestion(string Typed, string Meant);

    public static Suggestion? For(RootCommand root, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        var corrected = args.ToList();
        Command command = root;
        var changed = false;
        var words = 0;
        for (var i = 0; i < corrected.Count && command.Subcommands.Count > 0; i++, words++)
        {
            if (corrected[i].StartsWith('-')) break;
            var exact = command.Subcommands.FirstOrDefault(c => Names(c).Contains(corrected[i], StringComparer.Ordinal));
            var next = exact ?? Closest(command, corrected[i]);
            if (next is null) return null;
            if (exact is null)
            {
                corrected[i] = next.Name;
                changed = true;
            }
            command = next;
        }
        return changed && root.Parse(corrected).Errors.Count == 0
            ? new Suggestion(string.Join(' ', args.Take(words)), "amtza " + string.Join(' ', corrected.Select(Quoted)))
            : null;
    }

    private static Command? Closest(Command parent, string typed)
    {
        var scored = parent.Subcommands
            .Select(c => (Command: c, Distance: Names(c).Min(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 3 ? 0 : Distance(typed.ToLowerInvariant(), n))))
            .Where(c => c.Distance <= MaxEdits)
            .OrderBy(c => c.Distance)
            .ToList();
        // Two equally close commands: no guess.
        return scored.Count > 0 && (scored.Count == 1 || scored[1].Distance > scored[0].Distance) ? scored[0].Command : null;
    }

    private static IEnumerable<string> Names(Command command) => command.Aliases.Prepend(command.Name);

    private static string Quoted(string arg) => arg.Length > 0 && !arg.Any(char.IsWhiteSpace) ? arg : $"\"{arg}\"";

    // Optimal string alignment distance: Levenshtein plus swapped neighbours ("reveiw").
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
