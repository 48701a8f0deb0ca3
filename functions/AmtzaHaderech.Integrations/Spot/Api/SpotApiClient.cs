using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// SPOT's REST interface (docs/spot.md), a typed HttpClient behind the resilience handler: a bearer
/// token on every call (renewed once and the call retried once on 401), `Idempotency-Key` on
/// every POST, JSON merge-patch with `If-Match` for PATCH. Answers come back as SpotResponse
/// whatever their status; only a transport failure (unreachable, timeout, open circuit) throws.
internal sealed class SpotApiClient(HttpClient http, SpotTokenCache tokens, TimeProvider clock)
{
    public const string MergePatch = "application/merge-patch+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<SpotResponse> GetAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    public Task<SpotResponse> PostAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, Content(body, "application/json"),
            request => request.Headers.Add("Idempotency-Key", idempotencyKey), cancellationToken);

    public Task<SpotResponse> PatchAsync(string path, object mergePatch, string etag, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, path, Content(mergePatch, MergePatch),
            request => request.Headers.TryAddWithoutValidation("If-Match", etag), cancellationToken);

    private async Task<SpotResponse> SendAsync(HttpMethod method, string path, (byte[] Body, string Type)? content,
        Action<HttpRequestMessage>? addHeaders, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(http, null, cancellationToken);
        var response = await SendOnceAsync(method, path, content, addHeaders, token, cancellationToken);
        if (response.Status != 401) return response;
        // Revoked or expired early: renew once, retry once.
        token = await tokens.GetAsync(http, token, cancellationToken);
        return await SendOnceAsync(method, path, content, addHeaders, token, cancellationToken);
    }

    private async Task<SpotResponse> SendOnceAsync(HttpMethod method, string path, (byte[] Body, string Type)? content,
        Action<HttpRequestMessage>? addHeaders, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (content is { } c)
        {
            // Bytes, not a stream: the resilience handler may send the request again.
            request.Content = new ByteArrayContent(c.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(c.Type) { CharSet = "utf-8" };
        }
        addHeaders?.Invoke(request);
        using var response = await http.SendAsync(request, cancellationToken);
        return await SpotResponse.ReadAsync(response, clock, cancellationToken);
    }

    private static (byte[], string) Content(object body, string type) => (JsonSerializer.SerializeToUtf8Bytes(body, Json), type);
}
