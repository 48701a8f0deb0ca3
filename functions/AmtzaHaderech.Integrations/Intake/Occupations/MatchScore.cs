using System.Numerics;

namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// How well a query matches one name, 0..1. The bands, highest first: the same text; the same
/// sound (SearchText.Skeleton: spelling variants); the name starts with the query; a later word of
/// the name starts with it; it is inside the name; then typos, scored by edit distance. Inside a
/// band a query that covers more of the name scores higher, so "חשמל" ranks חשמלאי above
/// מהנדס חשמל, and a spelling variant scores lower the more letters it changes.
internal static class MatchScore
{
    /// Typo scores stay below this, so they only matter when no direct match scored as much.
    public const double TypoCeiling = 0.72;

    // Matching by sound on fewer letters than this finds unrelated words (שומר / שמרטף).
    private const int MinSoundPrefix = 4;

    public static double Direct(SearchForm query, SearchForm name)
    {
        // Every direct match needs the query's letters in the name, as written or as they sound:
        // most names fail this cheap test.
        if (query.IsEmpty || name.IsEmpty) return 0;
        if ((query.Letters & ~name.Letters) != 0 && (query.SkeletonLetters & ~name.SkeletonLetters) != 0) return 0;
        var q = query.Compact;
        var n = name.Compact;
        if (q == n) return 1.0;
        if (query.Skeleton.Length >= 2 && query.Skeleton == name.Skeleton)
            return 0.95 - SpellingPenalty(SearchText.Distances(q, n, 4).Whole, Math.Max(q.Length, n.Length));

        var coverage = (double)q.Length / n.Length;
        if (n.StartsWith(q, StringComparison.Ordinal)) return 0.75 + 0.2 * coverage - (RunsIntoNextWord(query, name) ? 0.1 : 0);
        if (query.Skeleton.Length >= MinSoundPrefix && name.Skeleton.StartsWith(query.Skeleton, StringComparison.Ordinal))
        {
            var (whole, prefix) = SearchText.Distances(q, n, 3);
            return 0.72 + 0.18 * query.Skeleton.Length / name.Skeleton.Length - SpellingPenalty(Math.Min(whole, prefix), q.Length);
        }
        if (q.Length >= 2 && SearchForm.StartsAtLaterWord(n, name.WordStarts, q)) return 0.62 + 0.2 * coverage;
        if (query.Skeleton.Length >= MinSoundPrefix && SearchForm.StartsAtLaterWord(name.Skeleton, name.SkeletonWordStarts, query.Skeleton))
            return 0.6 + 0.18 * query.Skeleton.Length / name.Skeleton.Length;
        if (q.Length >= 3 && n.Contains(q, StringComparison.Ordinal)) return 0.5 + 0.2 * coverage;
        return 0;
    }

    public static double Typo(PreparedQuery prepared, SearchForm name)
    {
        var query = prepared.Form;
        var q = query.Compact;
        var n = name.Compact;
        var best = 0.0;
        var maxEdits = SearchText.MaxEdits(q.Length);
        // Each edit brings in at most one letter the name lacks: a cheap test that skips most names.
        if (maxEdits > 0 && BitOperations.PopCount(query.Letters & ~name.Letters) <= maxEdits)
        {
            var (whole, prefix) = SearchText.Distances(q, n, maxEdits);
            if (whole <= maxEdits) best = TypoCeiling * (1 - (double)whole / Math.Max(q.Length, n.Length));
            if (prefix <= maxEdits && IsPartlyTyped(q, n)) best = Math.Max(best, 0.6 * (1 - (double)prefix / q.Length) + 0.1 * q.Length / n.Length);
        }
        return Math.Max(best, Words(prepared, name));
    }

    /// How well one query word matches one word of a name, 0..1.
    public static double Word(string q, string qSkeleton, ulong qLetters, string n, string nSkeleton, ulong nLetters)
    {
        if (q == n) return 1;
        if (q.Length >= 2 && n.StartsWith(q, StringComparison.Ordinal)) return 0.85 + 0.15 * q.Length / n.Length;
        if (qSkeleton.Length >= 2 && qSkeleton == nSkeleton)
            return 0.95 - SpellingPenalty(SearchText.Distances(q, n, 4).Whole, Math.Max(q.Length, n.Length));
        if (qSkeleton.Length >= MinSoundPrefix && nSkeleton.StartsWith(qSkeleton, StringComparison.Ordinal)) return 0.8;
        var maxEdits = SearchText.MaxEdits(q.Length);
        if (maxEdits == 0 || BitOperations.PopCount(qLetters & ~nLetters) > maxEdits) return 0;
        var (whole, prefix) = SearchText.Distances(q, n, maxEdits);
        var best = whole <= maxEdits ? 0.9 * (1 - (double)whole / Math.Max(q.Length, n.Length)) : 0;
        return prefix <= maxEdits && IsPartlyTyped(q, n) ? Math.Max(best, 0.75 * (1 - (double)prefix / q.Length)) : best;
    }

    /// Each query word against its best word of the name, averaged: finds words typed out of order,
    /// partly, or with a typo, as in "softwre developer".
    private static double Words(PreparedQuery prepared, SearchForm name)
    {
        var words = prepared.Form.Words.Length;
        var total = 0.0;
        for (var i = 0; i < words; i++)
        {
            var best = 0.0;
            foreach (var id in name.WordIds) best = Math.Max(best, prepared.WordScore(i, id));
            total += best;
        }
        if (total == 0) return 0;
        var wordCoverage = Math.Min(1.0, (double)words / name.Words.Length);
        return 0.7 * (total / words) * (0.85 + 0.15 * wordCoverage);
    }

    // A changed letter costs more in a short word: תבח / טבח is a likelier slip than צבא / צבעי.
    private static double SpellingPenalty(int edits, int length) => 0.5 * Math.Min(edits, length) / length;

    // A prefix with a typo says little below five letters, and nothing if it is the whole name.
    private static bool IsPartlyTyped(string q, string n) => q.Length >= 5 && n.Length > q.Length;

    /// The query, typed as one word, ends inside the name's second or later word ("פקידה" in
    /// פקיד הנהלת חשבונות): still a match, for those who leave out spaces, but a weaker one.
    private static bool RunsIntoNextWord(SearchForm query, SearchForm name)
    {
        foreach (var start in name.WordStarts)
        {
            if (start >= query.Compact.Length) break;
            if (Array.IndexOf(query.WordStarts, start) < 0) return true;
        }
        return false;
    }
}
