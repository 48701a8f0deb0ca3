using System.Security.Cryptography;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The page's stylesheet and script, embedded in the library (Data/IntakeForm/) and served under
/// `/intake/assets/`. Their URLs carry a content hash, so browsers may cache them for good.
public static class IntakeAssets
{
    public const string Stylesheet = "intake.css";
    public const string Script = "intake.js";

    private const string ResourcePrefix = "AmtzaHaderech.Integrations.Data.IntakeForm.";

    private static readonly Dictionary<string, (string ContentType, byte[] Content)> Files = new(StringComparer.Ordinal)
    {
        [Stylesheet] = ("text/css; charset=utf-8", Load(Stylesheet)),
        [Script] = ("text/javascript; charset=utf-8", Load(Script)),
    };

    private static readonly Dictionary<string, string> Versions =
        Files.ToDictionary(f => f.Key, f => Convert.ToHexStringLower(SHA256.HashData(f.Value.Content))[..12]);

    /// The URL a page links to.
    public static string Url(string name) => $"/intake/assets/{name}?v={Versions[name]}";

    /// Only the known files: any other name (a path, `..`) is simply not found.
    public static IntakeResponse? Find(string? name) =>
        name is not null && Files.TryGetValue(name, out var file) ? IntakeResponse.Asset(file.ContentType, file.Content) : null;

    private static byte[] Load(string name)
    {
        using var stream = typeof(IntakeAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
