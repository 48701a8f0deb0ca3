using AmtzaHaderech.Integrations.FollowUps.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// `app.MapFollowUpPages()`: the pages' routes in `amtza serve`, and the messages' short links
/// `/l/{code}` (the Functions app has a thin function per route, same paths).
public static class FollowUpPagesEndpoints
{
    public static IEndpointRouteBuilder MapFollowUpPages(this IEndpointRouteBuilder app)
    {
        foreach (var page in new[] { LinkPages.Status, LinkPages.Rsvp, LinkPages.Workshops, LinkPages.Unsubscribe })
            app.MapMethods($"/{page}/{{token}}", [HttpMethods.Get, HttpMethods.Post], async (HttpContext context, string token) =>
            {
                var pages = context.RequestServices.GetRequiredService<FollowUpPages>();
                var response = await pages.HandleAsync(context.Request, page, token, context.RequestAborted);
                await response.WriteAsync(context.Response, context.RequestAborted);
            }).DisableAntiforgery();
        app.MapGet($"/{ShortLinks.Page}/{{code}}", async (HttpContext context, string code) =>
        {
            var response = await context.RequestServices.GetRequiredService<FollowUpPages>().RedirectAsync(code, context.RequestAborted);
            await response.WriteAsync(context.Response, context.RequestAborted);
        });
        return app;
    }
}
