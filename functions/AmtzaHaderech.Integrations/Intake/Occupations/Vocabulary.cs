namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// The distinct words of all names, with their skeletons and letter sets, so that a search
/// compares each query word with each distinct word once. It is filled in the search's
/// constructor and only read afterwards, which keeps searches thread-safe.
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    public int Count => _words.Count;
    public string[] Words { get; private set; } = [];
    public string[] Skeletons { get; private set; } = [];
    public ulong[] Letters { get; private set; } = [];

    public int Add(string word)
    {
        if (_ids.TryGetValue(word, out var id)) return id;
        _ids[word] = _words.Count;
        _words.Add(word);
        return _words.Count - 1;
    }

    public void Freeze()
    {
        Words = [.. _words];
        Skeletons = Array.ConvertAll(Words, SearchText.Skeleton);
        Letters = Array.ConvertAll(Words, SearchText.Letters);
    }
}
