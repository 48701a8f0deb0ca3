namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// Forgiving type-ahead search over the occupation list (Hebrew and English titles and synonyms).
/// Every name is normalized once here; a search only reads that index, so one instance serves all
/// threads (it is registered as a singleton).
public sealed class OccupationSearch
{
    public const int MaxLimit = 50;

    // Below this a hit is noise: at best one word of a two-word query matched.
    private const double MinScore = 0.3;

    // The staff-facing title wins a tie over the English title, which wins over a synonym.
    private const double EnglishTitleWeight = 0.99;
    private const double SynonymWeight = 0.97;

    private readonly IndexedOccupation[] _entries;
    private readonly Vocabulary _vocabulary = new();

    public OccupationSearch(OccupationList list)
    {
        _entries = list.Items.Select(Index).ToArray();
        _vocabulary.Freeze();
    }

    /// For hosts without dependency injection (the CLI): the built-in list plus the optional extra file.
    public static OccupationSearch Create(string? extraListPath = null) => new(OccupationList.Load(extraListPath));

    public int Count => _entries.Length;

    public IReadOnlyList<OccupationMatch> Search(string? query, int limit = 10)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        using var prepared = new PreparedQuery(query ?? "", _vocabulary);
        if (prepared.Form.IsEmpty) return [];

        var scores = new double[_entries.Length];
        for (var i = 0; i < _entries.Length; i++) scores[i] = _entries[i].DirectScore(prepared.Form);
        // Typo matching is the costly part and scores below MatchScore.TypoCeiling, so it runs only
        // when direct matches have not already filled the requested number of places above that.
        var hits = Ranked(scores);
        if (hits.Count < limit || hits[limit - 1].Score < MatchScore.TypoCeiling)
        {
            for (var i = 0; i < _entries.Length; i++) scores[i] = _entries[i].WithTypos(prepared, scores[i]);
            hits = Ranked(scores);
        }

        return hits.Take(limit).Select(hit =>
        {
            var occupation = _entries[hit.Order].Occupation;
            return new OccupationMatch(occupation.Code, occupation.TitleHe, occupation.TitleEn, Math.Round(hit.Score, 3));
        }).ToArray();
    }

    public OccupationSearchResponse SearchResponse(string? query, int limit = 10) => new(Search(query, limit));

    private static List<(double Score, int Order)> Ranked(double[] scores)
    {
        var hits = new List<(double Score, int Order)>();
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] >= MinScore) hits.Add((scores[i], i));
        }
        // Ties keep list order, which puts the more common occupation of a unit group first.
        hits.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        return hits;
    }

    private IndexedOccupation Index(Occupation occupation)
    {
        var names = new List<(SearchForm Form, double Weight)> { (Form(occupation.TitleHe), 1.0) };
        if (occupation.TitleEn.Length > 0) names.Add((Form(occupation.TitleEn), EnglishTitleWeight));
        names.AddRange(occupation.Synonyms.Select(s => (Form(s), SynonymWeight)));
        return new IndexedOccupation(occupation, names.Where(n => !n.Form.IsEmpty).ToArray());
    }

    private SearchForm Form(string text) => new(text, _vocabulary.Add);

    private sealed class IndexedOccupation(Occupation occupation, (SearchForm Form, double Weight)[] names)
    {
        public Occupation Occupation { get; } = occupation;

        public double DirectScore(SearchForm query)
        {
            var best = 0.0;
            foreach (var (form, weight) in names)
            {
                // Names are in falling weight, so none after this one can do better.
                if (best >= weight) break;
                best = Math.Max(best, MatchScore.Direct(query, form) * weight);
            }
            return best;
        }

        public double WithTypos(PreparedQuery query, double direct)
        {
            var best = direct;
            foreach (var (form, weight) in names)
            {
                if (best >= weight * MatchScore.TypoCeiling) break;
                best = Math.Max(best, MatchScore.Typo(query, form) * weight);
            }
            return best;
        }
    }
}
