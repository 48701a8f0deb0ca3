using System.Net;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.Facebook.Graph;

/// What the hub does about a Graph error (docs/facebook.md).
public enum GraphErrorKind
{
    /// Codes 4, 17, 32, 613, 80000-80014 (HTTP 400, not 429), or HTTP 429: try again later.
    RateLimited,
    /// HTTP 5xx, a transport failure, or an error Graph marks transient: try again later.
    Transient,
    /// Code 190 (or 102): the token expired or was revoked. Stop, keep leads pending, alert.
    TokenRefused,
    /// Code 100: the object (a lead deleted under the privacy rules, a wrong form id) does not exist.
    NotFound,
    /// Anything else (permissions, a bad request): keep the lead pending and say so.
    Other,
}

/// `{"error":{"message","type","code","error_subcode","fbtrace_id"}}` plus what the response
/// headers say about when access comes back.
public sealed record GraphError(int HttpStatus, int? Code, int? Subcode, string? Type, string? TraceId, TimeSpan? RetryAfter, bool IsTransient = false)
{
    private static readonly HashSet<int> RateLimitCodes = [4, 17, 32, 613];

    public GraphErrorKind Kind => Code switch
    {
        190 or 102 => GraphErrorKind.TokenRefused,
        { } c when RateLimitCodes.Contains(c) || c is >= 80000 and <= 80014 => GraphErrorKind.RateLimited,
        _ when HttpStatus == (int)HttpStatusCode.TooManyRequests => GraphErrorKind.RateLimited,
        100 => GraphErrorKind.NotFound,
        _ when HttpStatus >= 500 || HttpStatus == 0 || IsTransient || Code is 1 or 2 => GraphErrorKind.Transient,
        _ => GraphErrorKind.Other,
    };

    /// For logs and the lead's row: no message text (it may quote request data), only codes.
    public override string ToString() => $"{Kind} (HTTP {HttpStatus}, code {Code?.ToString() ?? "-"}/{Subcode?.ToString() ?? "-"}, trace {TraceId ?? "-"})";

    public static GraphError Parse(int httpStatus, string? body, TimeSpan? retryAfter)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrEmpty(body) ? "{}" : body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                return new GraphError(httpStatus, Int(error, "code"), Int(error, "error_subcode"), Text(error, "type"), Text(error, "fbtrace_id"), retryAfter,
                    error.TryGetProperty("is_transient", out var transient) && transient.ValueKind == JsonValueKind.True);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: only the status is known.
        }
        return new GraphError(httpStatus, null, null, null, null, retryAfter);
    }

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
