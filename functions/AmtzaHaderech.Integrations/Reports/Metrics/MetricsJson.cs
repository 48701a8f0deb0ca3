using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// JSON of the reports exactly as docs/metrics.md shows it: camelCase names, dates `yyyy-MM-dd`,
/// nulls written (a null ratio is information, not a missing field).
public static class MetricsJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: true);

    public static JsonSerializerOptions Compact { get; } = Create(writeIndented: false);

    public static string Serialize<T>(T report, bool writeIndented = true) =>
        JsonSerializer.Serialize(report, writeIndented ? Options : Compact);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = writeIndented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.Strict,
            // Participant names are Hebrew or Cyrillic: keep them readable in the file.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new DateOnlyConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class DateOnlyConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateOnly.ParseExact(reader.GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
