using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.FollowUps;

/// The pages behind a participant's personal links (docs/cli.md routes): `GET, POST /s/{token}` the
/// status check-in, `/r/{token}` the conference RSVP, `/w/{token}` the center's workshops, `/u/{token}` unsubscribe. One function per
/// route, one handler for all: FollowUpPages writes the page. `GET /l/{code}`: a message's short link.
public sealed class OpenPersonalLink(FollowUpPages pages)
{
    [Function("AnswerStatusCheckIn")]
    public Task<IActionResult> AnswerStatusCheckIn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "s/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken) => RespondAsync(request, LinkPages.Status, token, cancellationToken);

    [Function("AnswerConferenceInvitation")]
    public Task<IActionResult> AnswerConferenceInvitation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "r/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken) => RespondAsync(request, LinkPages.Rsvp, token, cancellationToken);

    [Function("AnswerWorkshops")]
    public Task<IActionResult> AnswerWorkshops(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "w/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken) => RespondAsync(request, LinkPages.Workshops, token, cancellationToken);

    [Function("Unsubscribe")]
    public Task<IActionResult> Unsubscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "u/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken) => RespondAsync(request, LinkPages.Unsubscribe, token, cancellationToken);

    /// The short link a message carries: redirected to the personal page it stands for.
    [Function("OpenShortLink")]
    public async Task<IActionResult> OpenShortLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "l/{code}")] HttpRequest request, string code,
        CancellationToken cancellationToken)
    {
        var response = await pages.RedirectAsync(code, cancellationToken);
        await response.WriteAsync(request.HttpContext.Response, cancellationToken);
        return new EmptyResult();
    }

    private async Task<IActionResult> RespondAsync(HttpRequest request, char page, string token, CancellationToken cancellationToken)
    {
        var response = await pages.HandleAsync(request, page, token, cancellationToken);
        await response.WriteAsync(request.HttpContext.Response, cancellationToken);
        return new EmptyResult(); // the page is written
    }
}
