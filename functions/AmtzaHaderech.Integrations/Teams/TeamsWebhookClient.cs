using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AmtzaHaderech.Integrations.Teams;

/// Posts a message to a Teams Workflows webhook ("Post to a channel when a webhook request is
/// received"). The URL carries its own signature, so it is never logged; the resilience handler
/// retries 429 (after Retry-After) and server errors.
public sealed class TeamsWebhookClient(HttpClient http)
{
    public async Task PostAsync(Uri webhook, JsonObject message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var content = new StringContent(message.ToJsonString(TeamsCard.JsonOptions), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(webhook, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The Teams webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
    }
}
