using System.Text.Json;
using AmtzaHaderech.Integrations.Facebook.Leads;

namespace AmtzaHaderech.Integrations.Facebook.Webhook;

/// Reads a delivery's `leadgen` changes, their ids as the literal digits (FacebookIds).
internal static class WebhookPayload
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
                if (FacebookIds.Read(value, "leadgen_id") is not { } leadgenId || !seen.Add(leadgenId)) continue;
                found.Add(new LeadNotification
                {
                    LeadgenId = leadgenId,
                    FormId = FacebookIds.Read(value, "form_id"),
                    PageId = FacebookIds.Read(value, "page_id") ?? FacebookIds.Read(entry, "id"),
                    AdId = FacebookIds.Read(value, "ad_id"),
                    CreatedTime = value.TryGetProperty("created_time", out var created) && created.ValueKind == JsonValueKind.Number && created.TryGetInt64(out var unix) ? unix : null,
                });
            }
        }
        return found;
    }
}
