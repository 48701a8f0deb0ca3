namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// How well a query matches one name, 0..1. The bands, highest first: the same text; the same
/// text but for vav/yod (spelling); the name starts with the query; a later word of the name
/// starts with it; it is inside the name; then typos, scored by edit distance. Inside a band a
/// query that covers more of the name scores higher, so "חשמל" ranks חשמלאי above מהנדס חשמל.
internal static class MatchScore
{
    public static double Of(SearchForm query, SearchForm name)
    {
        if (query.IsEmpty || name.IsEmpty) return 0;
        var q = query.Compact;
        var n = name.Compact;
        if (q == n) return 1.0;
        if (query.Skeleton.Length >= 2 && query.Skeleton == name.Skeleton) return 0.95;

        var coverage = (double)q.Length / n.Length;
        var skeletonCoverage = name.Skeleton.Length == 0 ? 0 : (double)query.Skeleton.Length / name.Skeleton.Length;
        var best = 0.0;
        if (n.StartsWith(q, StringComparison.Ordinal)) best = 0.75 + 0.2 * coverage;
        else if (query.Skeleton.Length >= 3 && name.Skeleton.StartsWith(query.Skeleton, StringComparison.Ordinal))
            best = 0.72 + 0.18 * skeletonCoverage;
        else if (q.Length >= 2 && SearchForm.StartsAtLaterWord(n, name.WordStarts, q)) best = 0.62 + 0.2 * coverage;
        else if (query.Skeleton.Length >= 3 && SearchForm.StartsAtLaterWord(name.Skeleton, name.SkeletonWordStarts, query.Skeleton))
            best = 0.6 + 0.18 * skeletonCoverage;
        else if (q.Length >= 3 && n.Contains(q, StringComparison.Ordinal)) best = 0.5 + 0.2 * coverage;

        // Typo scores stay below 0.72, so they only matter when nothing above matched well.
        return best >= 0.72 ? best : Math.Max(best, Typo(query, name));
    }

    private static double Typo(SearchForm query, SearchForm name)
    {
        var q = query.Compact;
        var n = name.Compact;
        var best = 0.0;
        var maxEdits = SearchText.MaxEdits(q.Length);
        if (maxEdits > 0)
        {
            var whole = SearchText.Distance(q, n, maxEdits);
            if (whole <= maxEdits) best = 0.72 * (1 - (double)whole / Math.Max(q.Length, n.Length));
            if (n.Length > q.Length)
            {
                // A partly typed name with a typo: compare with the name's beginning, one letter either way.
                var prefix = maxEdits + 1;
                for (var length = q.Length - 1; length <= Math.Min(q.Length + 1, n.Length); length++)
                    prefix = Math.Min(prefix, SearchText.Distance(q, n.AsSpan(0, length), maxEdits));
                if (prefix <= maxEdits) best = Math.Max(best, 0.6 * (1 - (double)prefix / q.Length) + 0.1 * ((double)q.Length / n.Length));
            }
        }
        return Math.Max(best, Words(query, name));
    }

    /// Each query word against its best word of the name, averaged: finds words typed out of order,
    /// partly, or with a typo, as in "softwre developer".
    private static double Words(SearchForm query, SearchForm name)
    {
        var total = 0.0;
        for (var i = 0; i < query.Words.Length; i++)
        {
            var best = 0.0;
            for (var j = 0; j < name.Words.Length && best < 1; j++)
                best = Math.Max(best, Word(query.Words[i], query.WordSkeletons[i], name.Words[j], name.WordSkeletons[j]));
            total += best;
        }
        if (total == 0) return 0;
        var average = total / query.Words.Length;
        var wordCoverage = Math.Min(1.0, (double)query.Words.Length / name.Words.Length);
        return 0.7 * average * (0.85 + 0.15 * wordCoverage);
    }

    private static double Word(string q, string qSkeleton, string n, string nSkeleton)
    {
        if (q == n) return 1;
        if (q.Length >= 2 && n.StartsWith(q, StringComparison.Ordinal)) return 0.85 + 0.15 * q.Length / n.Length;
        if (qSkeleton.Length >= 2 && qSkeleton == nSkeleton) return 0.95;
        if (qSkeleton.Length >= 3 && nSkeleton.StartsWith(qSkeleton, StringComparison.Ordinal)) return 0.8;
        var maxEdits = SearchText.MaxEdits(q.Length);
        if (maxEdits == 0) return 0;
        var best = 0.0;
        var whole = SearchText.Distance(q, n, maxEdits);
        if (whole <= maxEdits) best = 0.9 * (1 - (double)whole / Math.Max(q.Length, n.Length));
        if (n.Length > q.Length)
        {
            var prefix = SearchText.Distance(q, n.AsSpan(0, q.Length), maxEdits);
            if (prefix <= maxEdits) best = Math.Max(best, 0.75 * (1 - (double)prefix / q.Length));
        }
        return best;
    }
}
