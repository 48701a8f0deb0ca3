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

    /// Hebrew vav and yod dropped: full and defective spelling (חשבונות / חשבנות, חשבונאי / חשבנאי)
    /// differ only in them, and they are the letters people most often add or leave out.
    public static string Skeleton(string word)
    {
        if (word.AsSpan().IndexOfAny('ו', 'י') < 0) return word;
        return string.Create(word.Length - word.Count(c => c is 'ו' or 'י'), word, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (c is not ('ו' or 'י')) span[i++] = c;
            }
        });
    }

    /// Typos tolerated for a word of this length: none below four letters, where a single edit
    /// already makes another word.
    public static int MaxEdits(int length) => length switch
    {
        < 4 => 0,
        <= 6 => 1,
        <= 10 => 2,
        _ => 3,
    };

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), or max + 1 as
    /// soon as the distance must exceed max.
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
