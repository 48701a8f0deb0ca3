using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmtzaHaderech.Integrations.InfraTests.Bicep;

/// A compiled ARM template (JSON), with the nested templates of its modules.
public sealed class ArmTemplate(JsonObject root, string text)
{
    public JsonObject Root { get; } = root;

    /// The template as compiled, for searches over all of it.
    public string Text { get; } = text;

    // Shows ' and + as they are, so expressions can be searched as written.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("empty template"), json);

    public JsonObject Variables => Root["variables"]?.AsObject() ?? [];

    public JsonObject Outputs => Root["outputs"]?.AsObject() ?? [];

    /// Resources of this template only; language version 2.0 keys them by symbolic name.
    public IEnumerable<JsonObject> OwnResources => Root["resources"] switch
    {
        JsonObject byName => byName.Select(p => p.Value!.AsObject()),
        JsonArray list => list.Select(r => r!.AsObject()),
        _ => [],
    };

    /// Resources of this template and of every module's template, depth first.
    public IEnumerable<JsonObject> AllResources =>
        OwnResources.SelectMany(r => Modules(r)?.AllResources.Prepend(r) ?? Enumerable.Repeat(r, 1));

    public IEnumerable<JsonObject> AllResourcesOfType(string type) =>
        AllResources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// A module of this template by its symbolic name (main.bicep's `module functionApp ...`).
    public Module Module(string symbolicName)
    {
        var deployment = Root["resources"]?[symbolicName]?.AsObject()
            ?? throw new InvalidOperationException($"no module {symbolicName} in the template");
        return new Module(deployment, Modules(deployment)!);
    }

    private static ArmTemplate? Modules(JsonObject resource) =>
        (string?)resource["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested
            ? new ArmTemplate(nested, nested.ToJsonString(Unescaped))
            : null;
}

/// A module call: the parameters it is given, and its own template.
public sealed record Module(JsonObject Deployment, ArmTemplate Template)
{
    public JsonNode? Parameter(string name) => Deployment["properties"]?["parameters"]?[name]?["value"];

    /// A parameter given as an expression, e.g. "[variables('listSettings')]".
    public string ParameterText(string name) => Parameter(name)?.ToString() ?? "";
}
