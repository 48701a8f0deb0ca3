using System.Text.Json;

namespace AmtzaHaderech.Integrations.Localization;

/// Every text a participant reads, in every language: one JSON file per language in
/// `Data/Texts/` (embedded), which a translator edits (docs/languages.md). Hebrew is the source and
/// the default: a key another language lacks reads in Hebrew (a test keeps the files complete).
/// A value is a text, or an object with a text per way of addressing the reader (`female`,
/// `male`, `plural`; docs/languages.md).
public sealed class TextCatalog
{
    private const string ResourcePrefix = "AmtzaHaderech.Integrations.Data.Texts.";

    private readonly Dictionary<string, (Language Language, IReadOnlyDictionary<string, TextVariants> Texts)> _byCode;

    private TextCatalog(IEnumerable<(Language Language, IReadOnlyDictionary<string, TextVariants> Texts)> files)
    {
        _byCode = files.ToDictionary(f => f.Language.Code, StringComparer.OrdinalIgnoreCase);
        if (!_byCode.TryGetValue(Language.HebrewCode, out var hebrew))
            throw new InvalidOperationException("The Hebrew texts (Data/Texts/he.json) are missing.");
        Hebrew = hebrew.Language;
        Languages = [hebrew.Language, .. _byCode.Values.Select(f => f.Language).Where(l => l != hebrew.Language).OrderBy(l => l.Code, StringComparer.Ordinal)];
    }

    /// The texts embedded in the library, read once.
    public static TextCatalog Embedded { get; } = LoadEmbedded();

    public Language Hebrew { get; }

    /// Hebrew first, then the others by code.
    public IReadOnlyList<Language> Languages { get; }

    /// The language of that code, or Hebrew when the code is empty or not one of ours.
    public Language Resolve(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var file) ? file.Language : Hebrew;

    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code.Trim());

    /// The keys of a language's own file (not filled in from Hebrew), for the tests that keep the files complete.
    public IReadOnlyDictionary<string, TextVariants> OwnTexts(Language language) => _byCode[language.Code].Texts;

    /// The text of a key for a reader: the language's, else Hebrew's.
    public string Get(Language language, Addressing addressing, string key)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (_byCode.TryGetValue(language.Code, out var file) && file.Texts.TryGetValue(key, out var own)) return own.For(addressing);
        if (_byCode[Hebrew.Code].Texts.TryGetValue(key, out var hebrew)) return hebrew.For(addressing);
        throw new KeyNotFoundException($"No text '{key}' in Data/Texts/he.json.");
    }

    public static TextCatalog Parse(IEnumerable<(string Name, string Json)> files) =>
        new(files.Select(f => ParseFile(f.Name, f.Json)));

    private static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add((name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }
        return Parse(files);
    }

    private static (Language, IReadOnlyDictionary<string, TextVariants>) ParseFile(string name, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var about = root.GetProperty("language");
        var language = new Language(
            Required(about, "code", name), Required(about, "name", name),
            Required(about, "direction", name) switch
            {
                "rtl" => true,
                "ltr" => false,
                var other => throw new InvalidDataException($"{name}: language.direction is '{other}', not rtl or ltr."),
            });
        var texts = new Dictionary<string, TextVariants>(StringComparer.Ordinal);
        foreach (var text in root.GetProperty("texts").EnumerateObject())
            texts[text.Name] = TextVariants.From(text.Value, $"{name}: {text.Name}");
        return (language, texts);
    }

    private static string Required(JsonElement element, string property, string file) =>
        element.TryGetProperty(property, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{file}: language.{property} is missing.");
}

/// One text: the same for every reader, or one per way of addressing them (a missing one reads
/// as the plural).
public sealed record TextVariants(string Plural, string? Female = null, string? Male = null)
{
    public bool IsGendered => Female is not null || Male is not null;

    public IEnumerable<string> All => new[] { Plural, Female, Male }.OfType<string>();

    public string For(Addressing addressing) => addressing switch
    {
        Addressing.Female => Female ?? Plural,
        Addressing.Male => Male ?? Plural,
        _ => Plural,
    };

    internal static TextVariants From(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.String => new TextVariants(value.GetString()!),
        JsonValueKind.Object => new TextVariants(
            Text(value, "plural", where) ?? throw new InvalidDataException($"{where}: a text with forms needs \"plural\", the form for a reader whose gender is not known."),
            Text(value, "female", where), Text(value, "male", where)),
        _ => throw new InvalidDataException($"{where}: a text is a string, or an object of \"female\", \"male\" and \"plural\"."),
    };

    private static string? Text(JsonElement value, string form, string where) =>
        !value.TryGetProperty(form, out var text) ? null
        : text.ValueKind == JsonValueKind.String ? text.GetString()
        : throw new InvalidDataException($"{where}.{form} is not a string.");
}
