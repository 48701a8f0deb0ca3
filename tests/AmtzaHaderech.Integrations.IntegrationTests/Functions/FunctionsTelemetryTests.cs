using System.Diagnostics;
using AmtzaHaderech.Integrations.Functions;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// What the Functions worker records of a personal page's URL: its log lines (which also reach
/// the Functions host) and what its telemetry pipeline hands the exporter, captured there.
public sealed class FunctionsTelemetryTests
{
    private const string Token = "AXNrKh_wAAALSmNQMDA3MDAwNDJoF-sqQwPTFf4eAxiHbRQT";
    private static readonly ActivitySource Source = new("AmtzaHaderech.Tests.Pages");

    [Fact]
    public async Task PageRequest_WorkersLogging_NoLineHoldsTheToken()
    {
        var lines = new CapturedLogs();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Over the CLI's appsettings.json in the test's folder (Warning): every line is seen.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" });
        builder.Logging.ClearProviders().AddProvider(lines).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddHubTelemetry(new ConfigurationBuilder().Build());
        await using var app = builder.Build();
        app.MapGet("/s/{token}", (string token) => "ok");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var body = await http.GetStringAsync($"/s/{Token}");
        await app.StopAsync();

        Assert.Equal("ok", body);
        Assert.NotEmpty(lines.Lines);
        Assert.DoesNotContain(lines.Lines, l => l.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_SpanAndLogWithAPageUrl_ExportedWithThePlaceholder()
    {
        var spans = new List<string>();
        var records = new List<string>();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace));
        services.AddHubTelemetryPipeline();
        services.ConfigureOpenTelemetryTracerProvider(t => t.AddSource(Source.Name).AddProcessor(new SimpleActivityExportProcessor(new Capture<Activity>(spans,
            a => $"{a.DisplayName} {string.Join(' ', a.TagObjects.Select(t => $"{t.Key}={t.Value}"))}"))));
        services.ConfigureOpenTelemetryLoggerProvider(l => l.AddProcessor(new SimpleLogRecordExportProcessor(new Capture<LogRecord>(records,
            r => $"{r.FormattedMessage} {r.Body} {string.Join(' ', r.Attributes?.Select(a => $"{a.Key}={a.Value}") ?? [])}"))));
        using var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<TracerProvider>();
        var logger = provider.GetRequiredService<ILogger<FunctionsTelemetryTests>>();

        using (var span = Source.StartActivity($"GET /s/{Token}"))
        {
            span?.SetTag("url.full", $"https://func-amtza.example/s/{Token}?code=function-key");
            span?.SetTag("url.path", $"/s/{Token}");
        }
        logger.LogWarning("Page {Url} opened", $"https://func-amtza.example/r/{Token}");

        var span1 = Assert.Single(spans);
        Assert.Equal("GET /s/{token} url.full=https://func-amtza.example/s/{token}?code=[redacted] url.path=/s/{token}", span1);
        var record = Assert.Single(records, r => r.Contains("Page {Url} opened", StringComparison.Ordinal));
        Assert.Contains("Url=https://func-amtza.example/r/{token}", record);
        Assert.DoesNotContain(spans.Concat(records), s => s.Contains(Token, StringComparison.Ordinal) || s.Contains("function-key", StringComparison.Ordinal));
    }

    // An exporter that keeps what it was handed, as text (records are reused after export).
    private sealed class Capture<T>(List<string> into, Func<T, string> describe) : BaseExporter<T> where T : class
    {
        public override ExportResult Export(in Batch<T> batch)
        {
            foreach (var item in batch) lock (into) into.Add(describe(item));
            return ExportResult.Success;
        }
    }
}
