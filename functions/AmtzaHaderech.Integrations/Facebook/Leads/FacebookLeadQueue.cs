using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Queues.Models;

namespace AmtzaHaderech.Integrations.Facebook.Leads;

/// Queue `facebook-leads`: one message per lead to fetch. Messages are base64 JSON, the encoding
/// the Functions queue trigger expects by default, so both hosts read what either wrote.
public sealed class FacebookLeadQueue(HubStorage storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(LeadNotification notification, TimeSpan? delay = null, CancellationToken cancellationToken = default) =>
        await storage.Queue(StorageNames.Queues.FacebookLeads).SendMessageAsync(Encode(notification), delay, cancellationToken: cancellationToken);

    /// Up to `max` visible messages, hidden for `visibility` while the caller works on them.
    public async Task<IReadOnlyList<(LeadNotification Notification, QueueMessage Message)>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken = default)
    {
        var response = await storage.Queue(StorageNames.Queues.FacebookLeads).ReceiveMessagesAsync(max, visibility, cancellationToken);
        return [.. response.Value.Select(m => (Decode(Encoding.UTF8.GetString(Convert.FromBase64String(m.Body.ToString()))), m))];
    }

    public async Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken = default) =>
        await storage.Queue(StorageNames.Queues.FacebookLeads).DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);

    public static string Encode(LeadNotification notification) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(notification, Json));

    /// The message text as the Functions trigger hands it over (already base64-decoded).
    public static LeadNotification Decode(string json) =>
        JsonSerializer.Deserialize<LeadNotification>(json, Json) ?? throw new JsonException("Empty facebook-leads message.");
}
