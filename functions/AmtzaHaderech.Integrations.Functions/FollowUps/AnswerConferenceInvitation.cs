using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.FollowUps;

/// `GET, POST /r/{token}`: the conference RSVP page, behind a participant's personal link.
public sealed class AnswerConferenceInvitation(FollowUpPages pages)
{
    [Function(nameof(AnswerConferenceInvitation))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "r/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        var response = await pages.HandleAsync(request, LinkPages.Rsvp, token, cancellationToken);
        await response.WriteAsync(request.HttpContext.Response, cancellationToken);
        return new EmptyResult();
    }
}
