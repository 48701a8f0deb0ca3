using System.Text.Json;

namespace AmtzaHaderech.Integrations.Facebook;

/// Facebook may write ids as JSON numbers above 2^53, which a double would round: ids are taken
/// as the literal digits, never through a number type (webhook deliveries and Graph's leads alike).
internal static class FacebookIds
{
    /// An id written as a string or as a number: its digits exactly as sent; null when absent or not an integer.
    public static string? Read(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()?.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is { Length: > 0 and <= 64 } && text.All(char.IsAsciiDigit) ? text : null;
    }
}
