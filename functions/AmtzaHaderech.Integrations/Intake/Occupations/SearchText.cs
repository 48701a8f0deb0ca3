using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// The text forms a title and a query are compared in, and a bounded edit distance.
internal static class SearchText
{
    /// Words after the hub's name normalization (NFKC, no niqqud or punctuation, hyphens as spaces,
    /// final letters as base forms, Latin lower-cased, spaces collapsed).
    public static string[] Words(string? text)
    {
        var normalized = HebrewText.NormalizeName(text);
        return normalized.Length == 0 ? [] : normalized.Split(' ');
    }

    /// The word as it sounds rather than as it is spelled: vav and yod dropped (full and defective
    /// spelling, חשבונות / חשבנות, differ only in them) and the letters people swap because they
    /// sound alike merged (ט/ת, ק/כ, ע/א), so "תבח" finds טבח and "כופאית" finds קופאית.
    public static string Skeleton(string word) => string.Create(word.Length - word.Count(c => c is 'ו' or 'י'), word, static (span, source) =>
    {
        var i = 0;
        foreach (var c in source)
        {
            if (c is 'ו' or 'י') continue;
            span[i++] = c switch
            {
                'ט' => 'ת',
                'ק' => 'כ',
                'ע' => 'א',
                _ => c,
            };
        }
    });

    /// The set of letters in a text as bits (Hebrew letters, Latin letters, digits, one bit for
    /// anything else), for a quick lower bound on the edits between two texts.
    public static ulong Letters(string text)
    {
        var mask = 0UL;
        foreach (var c in text)
        {
            var bit = c switch
            {
                >= 'א' and <= 'ת' => c - 'א',
                >= 'a' and <= 'z' => 27 + (c - 'a'),
                >= '0' and <= '9' => 53 + (c - '0'),
                _ => 63,
            };
            mask |= 1UL << bit;
        }
        return mask;
    }

    /// Typos tolerated for a text of this length: none below four letters, where a single edit
    /// already makes another word, and never more than two (more typos are found word by word).
    public static int MaxEdits(int length) => length switch
    {
        < 4 => 0,
        <= 6 => 1,
        _ => 2,
    };

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions) from `a` to all
    /// of `b` and to the closest proper prefix of `b`, each capped at max + 1. Only the diagonal band
    /// |i - j| <= max is computed and the work stops once every cell exceeds max, so a comparison of
    /// unrelated words costs a few dozen cells.
    public static (int Whole, int Prefix) Distances(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        var over = max + 1;
        if (a.Length > b.Length + max || a.Length == 0) return (a.Length == 0 && b.Length <= max ? b.Length : over, over);
        var length = Math.Min(b.Length, a.Length + max);
        var width = length + 1;
        Span<int> rows = width <= 64 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        previous.Fill(over);
        for (var j = 0; j <= Math.Min(max, length); j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current.Fill(over);
            current[0] = Math.Min(i, over);
            var rowMin = current[0];
            var high = Math.Min(length, i + max);
            for (var j = Math.Max(1, i - max); j <= high; j++)
            {
                var value = Math.Min(Math.Min(previous[j], current[j - 1]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = Math.Min(value, over);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > max) return (over, over);
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        var whole = length == b.Length ? previous[length] : over;
        var prefix = over;
        for (var j = Math.Max(1, a.Length - max); j <= Math.Min(length, b.Length - 1); j++) prefix = Math.Min(prefix, previous[j]);
        return (whole, prefix);
    }
}
