using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.FollowUps;

/// `GET, POST /s/{token}`: the status check-in page, behind a participant's personal link.
public sealed class AnswerStatusCheckIn(FollowUpPages pages)
{
    [Function(nameof(AnswerStatusCheckIn))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "s/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        var response = await pages.HandleAsync(request, LinkPages.Status, token, cancellationToken);
        await response.WriteAsync(request.HttpContext.Response, cancellationToken);
        return new EmptyResult();
    }
}
