using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// `amtza serve`'s web application (ServeCommand.Build) over the test Azurite, on a free loopback
/// port, with a storage prefix of its own, a fake clock and every log line captured.
public sealed class HubWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HubWebApp(WebApplication app, Uri baseAddress, string prefix, FakeTimeProvider clock, CapturedLogs logs)
    {
        _app = app;
        BaseAddress = baseAddress;
        Prefix = prefix;
        Clock = clock;
        Logs = logs;
    }

    public Uri BaseAddress { get; }
    public string Prefix { get; }
    public FakeTimeProvider Clock { get; }
    public CapturedLogs Logs { get; }
    public IServiceProvider Services => _app.Services;
    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public HttpClient Client() => new() { BaseAddress = BaseAddress };

    /// `prefix` opens the store of an earlier app again (a restart with other settings).
    public static async Task<HubWebApp> StartAsync(AzuriteFixture azurite, DateOnly today, Dictionary<string, string?>? settings = null, string? prefix = null)
    {
        prefix ??= AzuriteFixture.NewPrefix();
        var clock = new FakeTimeProvider(IsraelTime.At(today, new TimeOnly(9, 0)));
        var logs = new CapturedLogs();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Over the CLI's appsettings.json (Warning), so tests see every line the hub logs.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        TestHub.AddHub(builder, azurite, prefix, clock, settings);
        var app = ServeCommand.Build(builder);
        await app.Services.GetRequiredService<HubStorage>().EnsureCreatedAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HubWebApp(app, new Uri(address), prefix, clock, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
