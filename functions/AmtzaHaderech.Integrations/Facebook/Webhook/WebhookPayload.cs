using System.Text.Json;
using AmtzaHaderech.Integrations.Facebook.Leads;

namespace AmtzaHaderech.Integrations.Facebook.Webhook;

/// Reads a delivery's `leadgen` changes. Facebook may write ids as JSON numbers above 2^53, which
/// a double would round: ids are taken as the literal digits, never through a number type.
public static class WebhookPayload
{
    /// The notifications of a `page` delivery, in order, each leadgen id once; other objects and
    /// fields are not ours. Throws JsonException when the body is no JSON object.
    public static IReadOnlyList<LeadNotification> Parse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("The delivery is not a JSON object.");
        if (!root.TryGetProperty("object", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "page") return [];
        if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array) return [];

        var found = new List<LeadNotification>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array) continue;
            foreach (var change in changes.EnumerateArray())
            {
                if (change.ValueKind != JsonValueKind.Object
                    || !change.TryGetProperty("field", out var field) || field.ValueKind != JsonValueKind.String || field.GetString() != "leadgen"
                    || !change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
                    continue;
                if (Id(value, "leadgen_id") is not { } leadgenId || !seen.Add(leadgenId)) continue;
                found.Add(new LeadNotification
                {
                    LeadgenId = leadgenId,
                    FormId = Id(value, "form_id"),
                    PageId = Id(value, "page_id") ?? Id(entry, "id"),
                    AdId = Id(value, "ad_id"),
                    CreatedTime = value.TryGetProperty("created_time", out var created) && created.ValueKind == JsonValueKind.Number && created.TryGetInt64(out var unix) ? unix : null,
                });
            }
        }
        return found;
    }

    /// An id written as a string or as a number: its digits exactly as sent; null when absent or not an integer.
    public static string? Id(JsonElement parent, string name)
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
