namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// One entry of the occupation list: an ISCO-08 unit group (several entries may share one) with
/// the Hebrew title staff pick, its English title and the variants people type.
public sealed record Occupation
{
    public required string Code { get; init; }
    public required string TitleHe { get; init; }
    public string TitleEn { get; init; } = "";
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

/// A search hit; Score is in 0..1, higher is better.
public sealed record OccupationMatch(string Code, string TitleHe, string TitleEn, double Score);

/// The JSON shape of `amtza occupations search` and `GET /intake/occupations?q=`:
/// `{"items": [{"code", "titleHe", "titleEn", "score"}]}` with web (camelCase) serializer defaults.
public sealed record OccupationSearchResponse(IReadOnlyList<OccupationMatch> Items);
