using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.FollowUps;

/// `GET, POST /u/{token}`: unsubscribe, behind a participant's personal link.
public sealed class Unsubscribe(FollowUpPages pages)
{
    [Function(nameof(Unsubscribe))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "u/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        var response = await pages.HandleAsync(request, LinkPages.Unsubscribe, token, cancellationToken);
        await response.WriteAsync(request.HttpContext.Response, cancellationToken);
        return new EmptyResult();
    }
}
