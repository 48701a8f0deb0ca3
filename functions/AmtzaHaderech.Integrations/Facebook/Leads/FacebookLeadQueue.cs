using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Queues.Models;

namespace AmtzaHaderech.Integrations.Facebook.Leads;

/// A `facebook-leads` message: one lead to fetch, or a webhook delivery kept in `raw/` whose
/// leads are still to be stored and queued one by one (the webhook answers before that work).
public sealed record LeadsMessage(LeadNotification? Lead, string? DeliveryBlob)
{
    public static LeadsMessage Fetch(LeadNotification lead) => new(lead, null);

    public static LeadsMessage Delivery(string blob) => new(null, blob);
}

/// Queue `facebook-leads`. Messages are base64 JSON, the encoding the Functions queue trigger
/// expects by default, so both hosts read what either wrote. A lead is its LeadNotification as
/// JSON; a delivery is `{"deliveryBlob": "<raw blob name>"}`.
public sealed class FacebookLeadQueue(HubStorage storage)
{
    private const string DeliveryProperty = "deliveryBlob";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(LeadNotification notification, TimeSpan? delay = null, CancellationToken cancellationToken = default) =>
        await storage.Queue(StorageNames.Queues.FacebookLeads).SendMessageAsync(Encode(notification), delay, cancellationToken: cancellationToken);

    public async Task SendDeliveryAsync(string blob, CancellationToken cancellationToken = default) =>
        await storage.Queue(StorageNames.Queues.FacebookLeads).SendMessageAsync(
            Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { [DeliveryProperty] = blob }, Json)),
            cancellationToken: cancellationToken);

    /// Up to `max` visible messages, hidden for `visibility` while the caller works on them.
    public async Task<IReadOnlyList<(LeadsMessage Content, QueueMessage Message)>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken = default)
    {
        var response = await storage.Queue(StorageNames.Queues.FacebookLeads).ReceiveMessagesAsync(max, visibility, cancellationToken);
        return [.. response.Value.Select(m => (Decode(Encoding.UTF8.GetString(Convert.FromBase64String(m.Body.ToString()))), m))];
    }

    public async Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken = default) =>
        await storage.Queue(StorageNames.Queues.FacebookLeads).DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);

    public static string Encode(LeadNotification notification) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(notification, Json));

    /// The message text as the Functions trigger hands it over (already base64-decoded).
    public static LeadsMessage Decode(string json)
    {
        using (var document = JsonDocument.Parse(json))
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(DeliveryProperty, out var blob) && blob.GetString() is { Length: > 0 } name)
                return LeadsMessage.Delivery(name);
        }
        return LeadsMessage.Fetch(JsonSerializer.Deserialize<LeadNotification>(json, Json) ?? throw new JsonException("Empty facebook-leads message."));
    }
}
