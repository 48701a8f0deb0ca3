using System.Globalization;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.Facebook.Leads;

/// A lead as either source gives it (Graph's lead object, a Leads Center export row): its id,
/// form, time, the answers by field name and the consent checkboxes by key.
public sealed record FacebookLeadData
{
    /// The leadgen id, digits only (an export's `l:` removed); null when the source had none.
    public required string? LeadgenId { get; init; }
    public string? FormId { get; init; }
    public DateTimeOffset? CreatedTime { get; init; }
    public IReadOnlyList<KeyValuePair<string, string?>> Answers { get; init; } = [];
    public IReadOnlyDictionary<string, bool> Checkboxes { get; init; } = new Dictionary<string, bool>();
    /// Everything received, kept with the outcome in the intake ledger.
    public required IReadOnlyDictionary<string, string?> Raw { get; init; }

    /// Graph's lead object (`GET /{leadgen_id}` or an item of `/{form_id}/leads`).
    public static FacebookLeadData FromGraph(JsonElement lead)
    {
        var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Scalar(string name)
        {
            if (!lead.TryGetProperty(name, out var v)) return null;
            var text = v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
                _ => null,
            };
            raw[name] = text;
            return text;
        }

        var createdText = Scalar("created_time");
        Scalar("ad_id");
        Scalar("is_organic");
        var leadgenId = FacebookIds.Read(lead, "id");
        raw["id"] = leadgenId;
        var formId = FacebookIds.Read(lead, "form_id");
        raw["form_id"] = formId;

        var answers = new List<KeyValuePair<string, string?>>();
        if (lead.TryGetProperty("field_data", out var fields) && fields.ValueKind == JsonValueKind.Array)
            foreach (var field in fields.EnumerateArray())
            {
                if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String) continue;
                var values = field.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
                    ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).ToList()
                    : [];
                // A multiple-choice answer keeps every value.
                var value = values.Count == 0 ? null : string.Join(", ", values);
                answers.Add(new(name.GetString()!, value));
                raw.TryAdd(name.GetString()!, value);
            }

        var checkboxes = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (lead.TryGetProperty("custom_disclaimer_responses", out var responses) && responses.ValueKind == JsonValueKind.Array)
            foreach (var response in responses.EnumerateArray())
            {
                if (response.ValueKind != JsonValueKind.Object || !response.TryGetProperty("checkbox_key", out var key) || key.ValueKind != JsonValueKind.String) continue;
                var isChecked = response.TryGetProperty("is_checked", out var c) && c.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.String => IsTicked(c.GetString()),
                    JsonValueKind.Number => c.GetRawText() == "1",
                    _ => false,
                };
                checkboxes[key.GetString()!] = isChecked;
                raw["checkbox:" + key.GetString()] = isChecked ? "1" : "0";
            }

        return new FacebookLeadData
        {
            LeadgenId = leadgenId,
            FormId = formId,
            CreatedTime = ParseTime(createdText),
            Answers = answers,
            Checkboxes = checkboxes,
            Raw = raw,
        };
    }

    /// `true` or `1`, any case, is ticked; anything else is not (docs/facebook.md).
    public static bool IsTicked(string? value) =>
        value?.Trim() is { } v && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// Graph writes `2026-11-20T08:15:42+0000`, exports ISO 8601 with an offset; no offset is UTC.
    public static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
