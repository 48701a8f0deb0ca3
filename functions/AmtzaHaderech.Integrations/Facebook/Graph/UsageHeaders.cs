using System.Net.Http.Headers;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.Facebook.Graph;

/// Graph's throttling answers carry no Retry-After; `X-Business-Use-Case-Usage` does say, per
/// business and use case, `estimated_time_to_regain_access` in minutes.
internal static class UsageHeaders
{
    public const string BusinessUseCase = "X-Business-Use-Case-Usage";

    public static TimeSpan? RegainAccessIn(HttpResponseHeaders headers)
    {
        TimeSpan? longest = null;
        if (headers.TryGetValues(BusinessUseCase, out var values))
            foreach (var value in values)
                if (RegainAccessIn(value) is { } wait && (longest is null || wait > longest))
                    longest = wait;
        if (headers.RetryAfter?.Delta is { } delta && (longest is null || delta > longest)) longest = delta;
        return longest;
    }

    /// `{"<business id>":[{"type":"leadgen","call_count":100,...,"estimated_time_to_regain_access":5}]}`.
    public static TimeSpan? RegainAccessIn(string header)
    {
        try
        {
            using var document = JsonDocument.Parse(header);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            var minutes = 0;
            foreach (var business in document.RootElement.EnumerateObject())
            {
                if (business.Value.ValueKind != JsonValueKind.Array) continue;
                foreach (var useCase in business.Value.EnumerateArray())
                    if (useCase.ValueKind == JsonValueKind.Object
                        && useCase.TryGetProperty("estimated_time_to_regain_access", out var regain)
                        && regain.ValueKind == JsonValueKind.Number && regain.TryGetInt32(out var m))
                        minutes = Math.Max(minutes, m);
            }
            return minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
