using System.Buffers;

namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// A query in its search forms, and (built on first use, since only typo matching needs it) how
/// well each query word matches each word of the search's vocabulary. The table is rented from
/// the shared pool; dispose the query to return it.
internal sealed class PreparedQuery(string text, Vocabulary vocabulary) : IDisposable
{
    // Type-ahead text is a few words; a pasted paragraph is cut rather than searched word by word.
    private const int MaxWords = 6;

    private float[]? _wordScores;

    public SearchForm Form { get; } = Limit(new SearchForm(text));

    public double WordScore(int queryWord, int vocabularyId) =>
        (_wordScores ??= ScoreWords())[queryWord * vocabulary.Count + vocabularyId];

    public void Dispose()
    {
        if (_wordScores is not null) ArrayPool<float>.Shared.Return(_wordScores);
        _wordScores = null;
    }

    private float[] ScoreWords()
    {
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, Form.Words.Length * vocabulary.Count));
        for (var i = 0; i < Form.Words.Length; i++)
        {
            var (word, skeleton, letters) = (Form.Words[i], Form.WordSkeletons[i], SearchText.Letters(Form.Words[i]));
            var row = scores.AsSpan(i * vocabulary.Count, vocabulary.Count);
            for (var v = 0; v < row.Length; v++)
                row[v] = (float)MatchScore.Word(word, skeleton, letters, vocabulary.Words[v], vocabulary.Skeletons[v], vocabulary.Letters[v]);
        }
        return scores;
    }

    private static SearchForm Limit(SearchForm form) =>
        form.Words.Length > MaxWords ? new SearchForm(string.Join(' ', form.Words[..MaxWords])) : form;
}
