using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// SMS through docs/follow-ups.md's generic provider protocol: `POST {baseUrl}/messages` with a bearer
/// key and `{to, sender, text, reference}` -> `202 {"id"}`. The provider treats a repeated
/// reference as the same message, so the resilience handler may retry 429/5xx (honouring
/// Retry-After) and a message in doubt may be sent again. A provider with another protocol is
/// another small IMessageChannel.
public sealed class HttpSmsChannel(IHttpClientFactory clients, IOptions<SmsOptions> options) : IMessageChannel
{
    /// The named HttpClient, registered with the standard resilience handler.
    public const string ClientName = "sms";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Channel => FollowUpChannels.Sms;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.BaseUrl!.TrimEnd('/') + "/messages")
        {
            Content = JsonContent.Create(new { to = message.To, sender = settings.Sender, text = message.Text, reference = message.Reference }, options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var accepted = await response.Content.ReadFromJsonAsync<Accepted>(Json, cancellationToken);
            return SendResult.Sent(accepted?.Id);
        }
        // The status only: a provider's error text may quote the number or the message.
        var error = $"sms provider {(int)response.StatusCode}";
        // 400 (and the other client errors but 408/429) are permanent for that message.
        return response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500
            ? SendResult.Failed(error)
            : SendResult.Rejected(error);
    }

    private sealed record Accepted(string? Id);
}
