using System.Net.Http.Headers;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// One answer of SPOT's REST interface, read in full: status, JSON body (or problem+json),
/// the ETag and how long SPOT asked us to wait (Retry-After, seconds or an HTTP date).
internal sealed record SpotResponse(int Status, JsonElement? Body, string? ETag, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// A string property of the body, or null.
    public string? Text(string name) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// SPOT's own words for a failure (problem+json: title, detail, the errors per field).
    public string Describe()
    {
        var parts = new List<string> { Status.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Text("title") is { } title) parts.Add(title);
        var message = string.Join(' ', parts);
        if (Text("detail") is { } detail) message += ": " + detail;
        if (Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            message += " (" + string.Join("; ", errors.EnumerateObject().Select(e => $"{e.Name}: {FieldErrors(e.Value)}")) + ")";
        return message;
    }

    public static async Task<SpotResponse> ReadAsync(HttpResponseMessage response, TimeProvider clock, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement? body = null;
        if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not JSON after all (a proxy's error page): the status still says what happened.
            }
        }
        return new SpotResponse((int)response.StatusCode, body, response.Headers.ETag?.ToString(), RetryAfterOf(response.Headers.RetryAfter, clock.GetUtcNow()));
    }

    public static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    private static string FieldErrors(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}

/// SPOT could not be reached or would not answer (down, timed out, token refused): the change
/// stays pending and is tried again, when SPOT said if it did.
internal sealed class SpotUnavailableException(string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
