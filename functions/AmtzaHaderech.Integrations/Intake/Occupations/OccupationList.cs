using System.Text.Json;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// The occupation list the hub ships (Data/occupations.json), optionally extended by a staff file:
/// an extra entry with the same Hebrew title (compared after normalization) replaces the built-in
/// one, any other is added. Every entry is validated; a bad file fails loudly at startup rather than
/// leaving staff with a silently shorter list.
public sealed class OccupationList
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private OccupationList(IReadOnlyList<Occupation> items) => Items = items;

    public IReadOnlyList<Occupation> Items { get; }

    public static OccupationList BuiltIn() => new(ReadBuiltIn());

    public static OccupationList Load(string? extraListPath)
    {
        if (string.IsNullOrWhiteSpace(extraListPath)) return BuiltIn();
        var path = Path.IsPathRooted(extraListPath) ? extraListPath : Path.Combine(AppContext.BaseDirectory, extraListPath);
        if (!File.Exists(path)) throw new FileNotFoundException($"The extra occupation list {path} does not exist.", path);
        using var stream = File.OpenRead(path);
        return Merge(ReadBuiltIn(), Parse(stream, path));
    }

    public static OccupationList Merge(IReadOnlyList<Occupation> builtIn, IReadOnlyList<Occupation> extra)
    {
        var items = builtIn.ToList();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++) positions[HebrewText.NormalizeName(items[i].TitleHe)] = i;
        foreach (var occupation in extra)
        {
            var key = HebrewText.NormalizeName(occupation.TitleHe);
            if (positions.TryGetValue(key, out var index)) items[index] = occupation;
            else
            {
                positions[key] = items.Count;
                items.Add(occupation);
            }
        }
        return new OccupationList(items);
    }

    /// Reads and validates a list in the shipped format; `source` names it in error messages.
    public static IReadOnlyList<Occupation> Parse(Stream json, string source)
    {
        List<Occupation?>? raw;
        try
        {
            raw = JsonSerializer.Deserialize<List<Occupation?>>(json, ReadOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not a valid occupation list ({ex.Message}).", ex);
        }
        if (raw is null) throw new InvalidDataException($"{source}: the file holds no list.");

        var problems = new List<string>();
        var result = new List<Occupation>(raw.Count);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Count; i++)
        {
            var entry = raw[i];
            var where = $"entry {i + 1}";
            if (entry is null) { problems.Add($"{where} is empty"); continue; }
            var code = (entry.Code ?? "").Trim();
            var titleHe = (entry.TitleHe ?? "").Trim();
            if (!IscoUnitGroups.Contains(code)) problems.Add($"{where} ({titleHe}): \"{code}\" is not an ISCO-08 unit-group code");
            if (titleHe.Length == 0) problems.Add($"{where}: titleHe is empty");
            else if (!titles.Add(HebrewText.NormalizeName(titleHe))) problems.Add($"{where}: titleHe \"{titleHe}\" appears twice");
            result.Add(entry with
            {
                Code = code,
                TitleHe = titleHe,
                // An entry without an English title borrows its unit group's, so English search still finds it.
                TitleEn = string.IsNullOrWhiteSpace(entry.TitleEn) ? IscoUnitGroups.TitleOf(code) ?? "" : entry.TitleEn.Trim(),
                Synonyms = (entry.Synonyms ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToArray(),
            });
        }
        if (problems.Count > 0) throw new InvalidDataException($"{source}: {string.Join("; ", problems)}.");
        return result;
    }

    private static IReadOnlyList<Occupation> ReadBuiltIn()
    {
        using var stream = IscoUnitGroups.OpenResource("occupations.json");
        return Parse(stream, "Data/occupations.json");
    }
}
