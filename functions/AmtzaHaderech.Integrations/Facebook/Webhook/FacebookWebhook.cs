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
/// verification; POST checks the signature over the raw bytes, keeps the body, checks how many
/// leads it names, queues it whole and answers: storing and fetching each lead happen later,
/// from the queue (WebhookDeliveries, FetchFacebookLeadHandler), so a delivery of any size is
/// answered in two storage writes.
public sealed partial class FacebookWebhook(
    IOptionsMonitor<FacebookOptions> options,
    HubStorage storage,
    FacebookLeadQueue queue,
    TimeProvider clock,
    ILogger<FacebookWebhook> logger)
{
    /// Facebook sends at most 1000 changes per delivery, well under this.
    public const int MaxBodyBytes = 4 * 1024 * 1024;
    // Facebook's challenge is a number; anything else is not echoed (it would be our page's text).
    private const int MaxChallengeLength = 64;

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
        if (mode != "subscribe" || !tokenMatches)
        {
            LogVerificationRefused("token or mode");
            return new WebhookResponse(StatusCodes.Status403Forbidden);
        }
        if (string.IsNullOrEmpty(challenge) || challenge.Length > MaxChallengeLength || !challenge.All(char.IsAsciiDigit))
        {
            LogVerificationRefused("challenge");
            return new WebhookResponse(StatusCodes.Status400BadRequest);
        }
        return new WebhookResponse(StatusCodes.Status200OK, challenge);
    }

    public async Task<WebhookResponse> ReceiveAsync(byte[] body, string? signature, CancellationToken cancellationToken = default)
    {
        var secret = options.CurrentValue.AppSecret;
        if (string.IsNullOrEmpty(secret)) LogNotConfigured("Facebook:AppSecret");
        if (!WebhookSignature.IsValid(body, signature, secret))
        {
            FacebookMetrics.WebhookRefused.Add(1, new KeyValuePair<string, object?>("Reason", "signature"));
            LogSignatureRefused(signature is null ? "missing" : "wrong");
            return new WebhookResponse(StatusCodes.Status401Unauthorized);
        }

        await storage.EnsureCreatedAsync(cancellationToken);
        // Facebook keeps no copy: the body is stored before anything can fail on it. Named by its
        // hash, so a re-delivery of the same bytes writes the same blob.
        var blobName = $"facebook/webhooks/{clock.GetUtcNow():yyyy/MM/dd}/{Convert.ToHexStringLower(SHA256.HashData(body))}.json";
        await storage.Container(StorageNames.Containers.Raw).GetBlobClient(blobName).UploadAsync(
            new BinaryData(body), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);

        int count;
        try
        {
            count = WebhookPayload.Parse(body).Count;
        }
        catch (JsonException)
        {
            LogUnreadable(logger, blobName);
            return new WebhookResponse(StatusCodes.Status400BadRequest);
        }

        var limit = options.CurrentValue.MaxNotificationsPerDelivery;
        if (count > limit)
        {
            // Answered 200 on purpose: Facebook retries anything else for hours, and the same
            // body can never pass, so a refusal would only bring it back. The body is kept.
            FacebookMetrics.WebhookRefused.Add(1, new KeyValuePair<string, object?>("Reason", "too_many"));
            LogTooMany(logger, blobName, count, limit);
            return new WebhookResponse(StatusCodes.Status200OK);
        }
        if (count > 0) await queue.SendDeliveryAsync(blobName, cancellationToken);
        LogReceived(blobName, count);
        return new WebhookResponse(StatusCodes.Status200OK);
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Facebook webhook refused: {Signature} X-Hub-Signature-256")]
    private partial void LogSignatureRefused(string signature);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Facebook webhook cannot work: setting {Setting} is empty")]
    private partial void LogNotConfigured(string setting);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Facebook webhook verification refused: {What}")]
    private partial void LogVerificationRefused(string what);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Facebook webhook body {Blob} is no JSON object")]
    internal static partial void LogUnreadable(ILogger logger, string blob);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning,
        Message = "Facebook webhook {Blob} refused: {Notifications} leadgen notifications, over the limit of {Limit} (answered 200; the reconciliation lists the forms' leads)")]
    internal static partial void LogTooMany(ILogger logger, string blob, int notifications, int limit);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Facebook webhook {Blob}: {Notifications} leadgen notifications queued")]
    private partial void LogReceived(string blob, int notifications);
}
