using System.CommandLine;
using System.Reflection;
using AmtzaHaderech.Integrations.Accessibility;
using AmtzaHaderech.Integrations.Cli.Local;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza serve`: the hub's HTTP routes on Kestrel, the same routes as the Functions app, and
/// its schedules (LocalSchedules, FacebookLeadsWorker).
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:7071" };
        var command = new Command("serve", "Serve the HTTP endpoints and run the schedules locally.") { urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            WebApplication? app = null;
            await using var session = await HubSession.OpenAsync(parse, cancellationToken, null, null, settings =>
            {
                var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = settings.ContentRootPath });
                builder.WebHost.UseUrls(parse.GetValue(urls)!);
                // The Functions app's Facebook queue trigger and timer, and its other timers, run in this process.
                builder.Services.AddHostedService<FacebookLeadsWorker>();
                builder.Services.AddHostedService<LocalSchedules>();
                return (builder, () => app = Build(builder));
            });
            await app!.StartAsync(cancellationToken);
            await Console.Error.WriteLineAsync($"Serving on {parse.GetValue(urls)} (Ctrl+C to stop).");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        // A personal link's token and the webhook's verify token are in request URLs: no log holds them.
        builder.Logging.KeepTokensOutOfRequestLogs();
        builder.Services.AddRedactedRequestLogging();
        var app = builder.Build();
        app.UseRedactedRequestLogging();
        app.UseRouting();
        // Up or not, and nothing more: a version would tell a stranger which known flaws to try.
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
        app.MapIntakeForm();
        app.MapMethods("/api/webhooks/facebook", [HttpMethods.Get, HttpMethods.Post], async (HttpRequest request, FacebookWebhook webhook, CancellationToken cancellationToken) =>
        {
            var response = await webhook.HandleAsync(request, cancellationToken);
            return response.Text is { } text
                ? Results.Text(text, "text/plain; charset=utf-8", statusCode: response.StatusCode)
                : Results.StatusCode(response.StatusCode);
        });
        app.MapFollowUpPages();
        app.MapAccessibilityStatement();
        return app;
    }
}
