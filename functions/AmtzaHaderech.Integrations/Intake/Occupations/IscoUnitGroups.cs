using System.Text.Json;

namespace AmtzaHaderech.Integrations.Intake.Occupations;

/// The 436 ISCO-08 unit groups (code and English title), shipped as data so that every code in the
/// occupation list, built-in or added by staff, can be checked against the real classification.
internal static class IscoUnitGroups
{
    private sealed record UnitGroup(string Code, string Title);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Table = new(Load);

    public static int Count => Table.Value.Count;

    public static bool Contains(string code) => Table.Value.ContainsKey(code);

    public static string? TitleOf(string code) => Table.Value.GetValueOrDefault(code);

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = OpenResource("isco08-unit-groups.json");
        var groups = JsonSerializer.Deserialize<List<UnitGroup>>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("The embedded ISCO-08 table is empty.");
        return groups.ToDictionary(g => g.Code, g => g.Title, StringComparer.Ordinal);
    }

    internal static Stream OpenResource(string fileName)
    {
        var assembly = typeof(IscoUnitGroups).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Data." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} cannot be opened.");
    }
}
