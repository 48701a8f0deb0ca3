using System.Collections.Concurrent;
using System.Text;
using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.IntegrationTests.Facebook;

/// The hub's HTTP endpoint as `amtza serve` builds it (ServeCommand.Build), on a free loopback
/// port, over the test Azurite and a Graph fake, with its log kept for assertions. The queue
/// is drained and the reconciliation run by the test, when it chooses.
public sealed class FacebookHub : IAsyncDisposable
{
    public const string AppSecret = "sample-app-secret-not-real";
    public const string VerifyToken = "sample-verify-token";

    private readonly WebApplication _app;

    private FacebookHub(WebApplication app, string prefix, HttpClient http, ConcurrentQueue<LogLine> log)
    {
        _app = app;
        Prefix = prefix;
        Http = http;
        Log = log;
    }

    public string Prefix { get; }
    /// Addressed to the hub: `await hub.Http.GetAsync("/api/webhooks/facebook?...")`.
    public HttpClient Http { get; }
    public ConcurrentQueue<LogLine> Log { get; }
    public IServiceProvider Services => _app.Services;
    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// `prefix` reuses another hub's store (a restart with other settings).
    public static async Task<FacebookHub> StartAsync(AzuriteFixture azurite, FacebookGraphFake graph, string? pageToken = FacebookGraphFake.PageToken, string? prefix = null)
    {
        prefix ??= AzuriteFixture.NewPrefix();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageNames.Connection] = azurite.ConnectionString,
            // The CLI's key in tests (AmtzaCli.On), so `amtza` processes share this store.
            ["Hub:IdentityKeySecret"] = "integration-tests-identity-key-0123456789abcdef",
            ["Hub:StorageNamePrefix"] = prefix,
            ["Facebook:AppSecret"] = AppSecret,
            ["Facebook:VerifyToken"] = VerifyToken,
            ["Facebook:PageAccessToken"] = pageToken,
            ["Facebook:GraphBaseUrl"] = graph.Url,
            ["Facebook:ApiVersion"] = FacebookGraphFake.ApiVersion,
        });
        var log = new ConcurrentQueue<LogLine>();
        builder.Logging.ClearProviders().AddProvider(new ListLoggerProvider(log)).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(IsraelTime.At(new DateOnly(2026, 11, 26), new TimeOnly(9, 0))));
        builder.AddIntegrationsHub();
        var app = ServeCommand.Build(builder);
        await app.StartAsync();
        await app.Services.GetRequiredService<HubStorage>().EnsureCreatedAsync();
        var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new FacebookHub(app, prefix, http, log);
    }

    public static byte[] SampleBatch() => File.ReadAllBytes(AmtzaCli.Sample("facebook", "webhook-batch.json"));

    public static string SampleSignature() => File.ReadAllText(AmtzaCli.Sample("facebook", "webhook-batch.signature")).Trim();

    public Task<HttpResponseMessage> PostWebhookAsync(byte[] body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/facebook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null) request.Headers.Add(WebhookSignature.Header, signature);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostSignedAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return PostWebhookAsync(body, WebhookSignature.Sign(body, AppSecret));
    }

    public Task<int> DrainAsync() => Get<FetchFacebookLeadHandler>().DrainAsync();

    /// The first outcome the ledger holds for each Facebook key (later arrivals are duplicates).
    public async Task<Dictionary<string, RecordResult>> OutcomesAsync()
    {
        var outcomes = new Dictionary<string, RecordResult>(StringComparer.Ordinal);
        await foreach (var entry in Get<IntakeLedger>().AllAsync())
            if (entry.Source == Sources.Facebook) outcomes.TryAdd(entry.Result.Key, entry.Result);
        return outcomes;
    }

    public async Task<List<LedgerEntry>> LedgerAsync()
    {
        var entries = new List<LedgerEntry>();
        await foreach (var entry in Get<IntakeLedger>().AllAsync())
            if (entry.Source == Sources.Facebook) entries.Add(entry);
        return entries;
    }

    public async Task<int> CountAsync(string table)
    {
        var n = 0;
        await foreach (var _ in Get<HubStorage>().Table(table).QueryAsync<TableEntity>()) n++;
        return n;
    }

    public async Task<List<string>> RawBlobsAsync()
    {
        var names = new List<string>();
        await foreach (var blob in Get<HubStorage>().Container(StorageNames.Containers.Raw).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "facebook/", CancellationToken.None))
            names.Add(blob.Name);
        return names;
    }

    /// Messages on `facebook-leads`, visible or not.
    public async Task<int> QueuedAsync() =>
        (await Get<HubStorage>().Queue(StorageNames.Queues.FacebookLeads).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message);

public sealed class ListLoggerProvider(ConcurrentQueue<LogLine> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class ListLogger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, logLevel, eventId, formatter(state, exception)));
    }
}
