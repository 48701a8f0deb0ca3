using System.ComponentModel.DataAnnotations;
using System.Reflection;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.InfraTests.Template;

/// The hub's configuration sections, found by reflection: every class of the library with a
/// `public const string Section`, and its [Required] properties. A section added later is
/// checked against the template without anyone touching these tests.
public static class OptionsCatalog
{
    public static IEnumerable<RequiredSetting> RequiredSettings() =>
        from type in typeof(StorageNames).Assembly.GetTypes()
        let section = SectionOf(type)
        where section is not null
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.GetCustomAttribute<RequiredAttribute>() is not null
        select new RequiredSetting(type.Name, $"{section}__{property.Name}", IsScalar(property.PropertyType));

    private static string? SectionOf(Type type) =>
        type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
        && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;

    // One setting holds it; anything else (lists, nested objects) spreads over Name__0__..., Name__Child.
    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Uri)
            || t == typeof(TimeSpan) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(DateTimeOffset);
    }
}

/// A required property: `Section__Property`, and whether one setting carries it.
public sealed record RequiredSetting(string OptionsClass, string Name, bool IsScalar)
{
    public override string ToString() => $"{OptionsClass}: {Name}";
}

/// Which settings must hold a secret, and so be a Key Vault reference.
public static class SecretNames
{
    private static readonly string[] Words = ["Secret", "Token", "Key", "Password"];

    /// By the last segment of the name: it contains Secret, Token, Key or Password, or it is a
    /// webhook URL (a Teams Workflows URL is its own credential). An endpoint's URL is not a
    /// secret, so Spot__TokenUrl is not one though it contains "Token".
    public static bool LooksSecret(string name)
    {
        var last = name[(name.LastIndexOf("__", StringComparison.Ordinal) + 1)..];
        if (last.EndsWith("WebhookUrl", StringComparison.OrdinalIgnoreCase)) return true;
        if (last.EndsWith("Url", StringComparison.OrdinalIgnoreCase)) return false;
        return Words.Any(w => last.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
