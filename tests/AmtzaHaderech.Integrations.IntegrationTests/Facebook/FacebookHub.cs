using System.Text;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;

namespace AmtzaHaderech.Integrations.IntegrationTests.Facebook;

/// `amtza serve`'s web application (HubWebApp) configured for Facebook: the samples' app secret
/// and verify token, the Graph fake as Graph, on the samples' day. The queue is drained and the
/// reconciliation run by the test, when it chooses.
public sealed class FacebookHub : IAsyncDisposable
{
    public const string AppSecret = "sample-app-secret-not-real";
    public const string VerifyToken = "sample-verify-token";

    private readonly HubWebApp _app;

    private FacebookHub(HubWebApp app)
    {
        _app = app;
        Http = app.Client();
    }

    public string Prefix => _app.Prefix;
    /// Addressed to the hub: `await hub.Http.GetAsync("/api/webhooks/facebook?...")`.
    public HttpClient Http { get; }
    public IReadOnlyList<string> LogLines => _app.Logs.Lines;
    public IServiceProvider Services => _app.Services;
    public T Get<T>() where T : notnull => _app.Get<T>();

    /// `prefix` reuses another hub's store (a restart with other settings); `settings` go on top.
    public static async Task<FacebookHub> StartAsync(AzuriteFixture azurite, FacebookGraphFake graph, string? pageToken = FacebookGraphFake.PageToken,
        string? prefix = null, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Facebook:AppSecret"] = AppSecret,
            ["Facebook:VerifyToken"] = VerifyToken,
            ["Facebook:PageAccessToken"] = pageToken,
            ["Facebook:GraphBaseUrl"] = graph.Url,
            ["Facebook:ApiVersion"] = FacebookGraphFake.ApiVersion,
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return new(await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26), all, prefix));
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

    /// Does what the queue does first after a POST: spreads each queued webhook delivery into
    /// lead rows and one message per new lead. Only deliveries may be queued when it is called.
    public async Task<int> RecordDeliveriesAsync()
    {
        var queue = Get<FacebookLeadQueue>();
        var deliveries = 0;
        foreach (var (content, message) in await queue.ReceiveAsync(32, TimeSpan.FromMinutes(1)))
        {
            Assert.NotNull(content.DeliveryBlob);
            Assert.Equal(FetchStatus.Queued, (await Get<FetchFacebookLeadHandler>().HandleAsync(content)).Status);
            await queue.DeleteAsync(message);
            deliveries++;
        }
        return deliveries;
    }

    /// A signed `page` delivery naming `count` leads (ids 120219000000000000 and on).
    public static string ManyLeads(int count)
    {
        var changes = Enumerable.Range(0, count).Select(i =>
            $$$"""{"field":"leadgen","value":{"leadgen_id":"{{{120219000000000000L + i}}}","form_id":"98765432101234567"}}""");
        return $$"""{"object":"page","entry":[{"id":"111222333444555","time":1795162542,"changes":[{{string.Join(',', changes)}}]}]}""";
    }

    /// The first outcome the ledger holds for each Facebook key (later arrivals are duplicates).
    public async Task<Dictionary<string, RecordResult>> OutcomesAsync()
    {
        var outcomes = new Dictionary<string, RecordResult>(StringComparer.Ordinal);
        foreach (var entry in await LedgerAsync()) outcomes.TryAdd(entry.Result.Key, entry.Result);
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
        await foreach (var blob in Get<HubStorage>().Container(StorageNames.Containers.Raw).GetBlobsAsync(BlobTraits.None, BlobStates.None, "facebook/", CancellationToken.None))
            names.Add(blob.Name);
        return names;
    }

    /// Messages on `facebook-leads`, visible or not.
    public async Task<int> QueuedAsync() =>
        (await Get<HubStorage>().Queue(StorageNames.Queues.FacebookLeads).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
