using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook.Webhook;

/// What to answer Facebook: a status and, for the verification, the challenge as plain text.
public sealed record WebhookResponse(int StatusCode, string? Text = null);

/// `GET, POST /api/webhooks/facebook`, the same in both hosts. GET answers Facebook's
/// verification; POST checks the signature over the raw bytes, keeps the body, stores each
/// leadgen notification once and queues it, and answers at once: leads are fetched later.
public sealed partial class FacebookWebhook(
    IOptionsMonitor<FacebookOptions> options,
    HubStorage storage,
    FacebookLeadStore leads,
    FacebookLeadQueue queue,
    TimeProvider clock,
    ILogger<FacebookWebhook> logger)
{
    /// Facebook sends at most 1000 changes per delivery, well under this.
    public const int MaxBodyBytes = 4 * 1024 * 1024;
    private const int MaxChallengeLength = 256;

    public async Task<WebhookResponse> HandleAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (HttpMethods.IsGet(request.Method))
            return Verify(request.Query["hub.mode"], request.Query["hub.verify_token"], request.Query["hub.challenge"]);
        if (!HttpMethods.IsPost(request.Method)) return new WebhookResponse(StatusCodes.Status405MethodNotAllowed);
        if (request.ContentLength > MaxBodyBytes) return new WebhookResponse(StatusCodes.Status413PayloadTooLarge);

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBodyBytes) return new WebhookResponse(StatusCodes.Status413PayloadTooLarge);
            body.Write(buffer, 0, read);
        }
        return await ReceiveAsync(body.ToArray(), request.Headers[WebhookSignature.Header], cancellationToken);
    }

    public WebhookResponse Verify(string? mode, string? token, string? challenge)
    {
        var expected = options.CurrentValue.VerifyToken;
        if (string.IsNullOrEmpty(expected))
        {
            LogNotConfigured("Facebook:VerifyToken");
            return new WebhookResponse(StatusCodes.Status403Forbidden);
        }
        var tokenMatches = token is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected));
        if (mode != "subscribe" || !tokenMatches || string.IsNullOrEmpty(challenge) || challenge.Length > MaxChallengeLength || challenge.Any(char.IsControl))
        {
            LogVerificationRefused();
            return new WebhookResponse(StatusCodes.Status403Forbidden);
        }
        return new WebhookResponse(StatusCodes.Status200OK, challenge);
    }

    public async Task<WebhookResponse> ReceiveAsync(byte[] body, string? signature, CancellationToken cancellationToken = default)
    {
        var secret = options.CurrentValue.AppSecret;
        if (string.IsNullOrEmpty(secret)) LogNotConfigured("Facebook:AppSecret");
        if (!WebhookSignature.IsValid(body, signature, secret))
        {
            FacebookMetrics.WebhookRefused.Add(1);
            LogSignatureRefused(signature is null ? "missing" : "wrong");
            return new WebhookResponse(StatusCodes.Status401Unauthorized);
        }

        await storage.EnsureCreatedAsync(cancellationToken);
        // Facebook keeps no copy: the body is stored before anything can fail on it. Named by its
        // hash, so a re-delivery of the same bytes writes the same blob.
        var blobName = $"facebook/webhooks/{clock.GetUtcNow():yyyy/MM/dd}/{Convert.ToHexStringLower(SHA256.HashData(body))}.json";
        await storage.Container(StorageNames.Containers.Raw).GetBlobClient(blobName).UploadAsync(
            new BinaryData(body), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);

        IReadOnlyList<LeadNotification> notifications;
        try
        {
            notifications = WebhookPayload.Parse(body);
        }
        catch (JsonException)
        {
            LogUnreadable(blobName);
            return new WebhookResponse(StatusCodes.Status400BadRequest);
        }

        var added = 0;
        await Parallel.ForEachAsync(notifications, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (notification, ct) =>
        {
            if (!await leads.TryAddAsync(notification, "webhook", blobName, ct)) return;
            await queue.SendAsync(notification, cancellationToken: ct);
            Interlocked.Increment(ref added);
        });
        LogReceived(blobName, notifications.Count, added);
        return new WebhookResponse(StatusCodes.Status200OK);
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Facebook webhook refused: {Signature} X-Hub-Signature-256")]
    private partial void LogSignatureRefused(string signature);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Facebook webhook cannot work: setting {Setting} is empty")]
    private partial void LogNotConfigured(string setting);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Facebook webhook verification refused")]
    private partial void LogVerificationRefused();

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Facebook webhook body {Blob} is no JSON object")]
    private partial void LogUnreadable(string blob);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Facebook webhook {Blob}: {Notifications} leadgen notifications, {New} new")]
    private partial void LogReceived(string blob, int notifications, int @new);
}
