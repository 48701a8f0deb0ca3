using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmtzaHaderech.Integrations.InfraTests.Bicep;

/// The function app's settings as the compiled template declares them: by name where the name is
/// literal, and as name templates ("Centers__Items__{0}__Id") where lists expand into settings.
/// Values are as compiled: a literal, or an ARM expression such as "[format('...', ...)]".
public sealed partial class AppSettingsView
{
    private AppSettingsView(IReadOnlyDictionary<string, string> literal, IReadOnlyList<TemplatedSetting> templated, string wiring)
    {
        Literal = literal;
        Templated = templated;
        Wiring = wiring;
    }

    public IReadOnlyDictionary<string, string> Literal { get; }

    public IReadOnlyList<TemplatedSetting> Templated { get; }

    /// The appsettings resource's properties expression: how the parts are merged.
    public string Wiring { get; }

    public bool Declares(string name) => Literal.ContainsKey(name) || Templated.Any(t => t.NameTemplate == name);

    public bool DeclaresUnder(string prefix) =>
        Literal.Keys.Any(n => n.StartsWith(prefix, StringComparison.Ordinal))
        || Templated.Any(t => t.NameTemplate.StartsWith(prefix, StringComparison.Ordinal));

    public static AppSettingsView From(ArmTemplate main)
    {
        var module = main.Module("functionApp");
        var literal = new Dictionary<string, string>(StringComparer.Ordinal);
        AddAll(literal, module.Parameter("appSettings") as JsonObject);
        AddAll(literal, module.Template.Variables["platformSettings"] as JsonObject);

        var config = module.Template.OwnResources.Single(r => (string?)r["type"] == "Microsoft.Web/sites/config");
        var wiring = config["properties"]?.ToString() ?? "";
        var listSource = module.ParameterText("listSettings");

        // The list settings are built in main.bicep's variables, as createObject('key', ..., 'value', ...).
        var templated = listSource.Contains("variables('listSettings')", StringComparison.Ordinal)
            ? main.Variables.Select(v => v.Value?.ToString() ?? "").SelectMany(ParseEntries).ToList()
            : [];
        return new AppSettingsView(literal, templated, wiring);
    }

    private static void AddAll(Dictionary<string, string> settings, JsonObject? source)
    {
        foreach (var (name, value) in source ?? []) settings[name] = value?.ToString() ?? "";
    }

    private static IEnumerable<TemplatedSetting> ParseEntries(string expression)
    {
        foreach (Match key in EntryKey().Matches(expression))
        {
            var valueAt = expression.IndexOf(ValueMarker, key.Index + key.Length, StringComparison.Ordinal);
            if (valueAt < 0) continue;
            yield return new TemplatedSetting(key.Groups["name"].Value, expression[(valueAt + ValueMarker.Length)..]);
        }
    }

    private const string ValueMarker = "'value', ";

    [GeneratedRegex(@"'key', (?:format\()?'(?<name>[^']+)'")]
    private static partial Regex EntryKey();
}

/// A setting whose name has placeholders; ValueExpression starts with its value's expression.
public sealed record TemplatedSetting(string NameTemplate, string ValueExpression)
{
    /// The part of the name before the first placeholder.
    public string FixedPrefix => NameTemplate.Split('{')[0];
}
