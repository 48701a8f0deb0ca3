using System.CommandLine;
using System.Reflection;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza serve`: the hub's HTTP routes on Kestrel, the same routes as the Functions app.
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
        var app = builder.Build();
        app.UseRouting();
        app.MapGet("/api/health", () => Results.Ok(new
        {
            status = "ok",
            version = typeof(HubRegistration).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
        }));
        app.MapIntakeForm();
        app.MapFollowUpPages();
        return app;
    }
}
