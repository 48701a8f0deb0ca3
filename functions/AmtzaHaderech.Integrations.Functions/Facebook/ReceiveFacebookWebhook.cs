using AmtzaHaderech.Integrations.Facebook.Webhook;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Facebook;

/// Facebook's verification (GET) and lead deliveries (POST). Anonymous: Facebook signs each
/// delivery with the app secret instead, and the handler checks that before anything else.
public sealed class ReceiveFacebookWebhook(FacebookWebhook webhook)
{
    [Function(nameof(ReceiveFacebookWebhook))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/webhooks/facebook")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var response = await webhook.HandleAsync(request, cancellationToken);
        return response.Text is { } text
            ? new ContentResult { StatusCode = response.StatusCode, Content = text, ContentType = "text/plain; charset=utf-8" }
            : new StatusCodeResult(response.StatusCode);
    }
}
