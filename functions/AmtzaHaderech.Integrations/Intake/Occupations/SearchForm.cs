namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// A title, synonym or query in the forms the search compares, computed once: the words, the
/// words run together (so spacing and hyphens do not matter), and the skeletons of both
/// (SearchText.Skeleton). A name's words also get ids in the search's vocabulary, so that a query word is compared with
/// each distinct word once per search rather than once per name it appears in.
internal sealed class SearchForm
{
    public SearchForm(string text, Func<string, int>? wordId = null)
    {
        Words = SearchText.Words(text);
        WordIds = wordId is null ? [] : Array.ConvertAll(Words, w => wordId(w));
        WordSkeletons = Array.ConvertAll(Words, SearchText.Skeleton);
        Compact = string.Concat(Words);
        Skeleton = string.Concat(WordSkeletons);
        Letters = SearchText.Letters(Compact);
        SkeletonLetters = SearchText.Letters(Skeleton);
        WordStarts = Starts(Words);
        SkeletonWordStarts = Starts(WordSkeletons);
    }

    public string[] Words { get; }
    public string[] WordSkeletons { get; }
    public int[] WordIds { get; }
    public string Compact { get; }
    public string Skeleton { get; }
    public ulong Letters { get; }
    public ulong SkeletonLetters { get; }

    /// Where each word after the first begins in Compact (and in Skeleton).
    public int[] WordStarts { get; }
    public int[] SkeletonWordStarts { get; }

    public bool IsEmpty => Compact.Length == 0;

    /// Whether `part` starts at the beginning of a word other than the first.
    public static bool StartsAtLaterWord(string whole, int[] starts, string part)
    {
        foreach (var start in starts)
        {
            if (whole.AsSpan(start).StartsWith(part, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static int[] Starts(string[] words)
    {
        if (words.Length < 2) return [];
        var starts = new int[words.Length - 1];
        var position = 0;
        for (var i = 0; i < words.Length - 1; i++)
        {
            position += words[i].Length;
            starts[i] = position;
        }
        return starts;
    }
}
