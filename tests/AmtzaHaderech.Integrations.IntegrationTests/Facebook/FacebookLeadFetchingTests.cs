using System.Diagnostics.Metrics;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.Facebook.Graph;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Reconciliation;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Telemetry;

namespace AmtzaHaderech.Integrations.IntegrationTests.Facebook;

/// What Graph's errors do to a notified lead (docs/facebook.md, "Fetching a lead").
[Collection(StorageCollection.Name)]
public sealed class FacebookLeadFetchingTests(AzuriteFixture azurite) : IDisposable
{
    private readonly FacebookGraphFake _graph = new();

    [Fact]
    public async Task Fetch_TokenRefused_KeepsLeadsPendingAlertsAndStops()
    {
        _graph.AddSampleLeads();
        await using var hub = await FacebookHub.StartAsync(azurite, _graph, pageToken: "expired-page-token");
        using var alerts = new CounterListener("FacebookTokenRefused");
        await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());

        await hub.DrainAsync();

        Assert.Single(_graph.Requests); // the first refusal stops fetching: the others are not tried
        Assert.Empty(await hub.LedgerAsync());
        var store = hub.Get<FacebookLeadStore>();
        string[] ids = ["120211000000000001", "120211000000000002", "120211000000000003"];
        foreach (var id in ids)
        {
            var lead = (await store.GetAsync(id))!;
            Assert.Equal((LeadStates.Pending, "token_refused"), (lead.State, lead.LastError));
        }
        var alert = Assert.Single(hub.LogLines, l => l.Contains("ALERT Facebook page token refused"));
        // The alert names the lead that met the refusal: whichever the queue gave first.
        Assert.Contains(ids, id => alert.Contains(id));
        Assert.True(alerts.Total >= 1);
    }

    [Fact]
    public async Task Reconcile_AfterTheTokenIsRenewed_FetchesTheLeadsKeptPending()
    {
        _graph.AddSampleLeads();
        string prefix;
        await using (var expired = await FacebookHub.StartAsync(azurite, _graph, pageToken: "expired-page-token"))
        {
            await expired.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());
            await expired.DrainAsync();
            prefix = expired.Prefix;
        }
        await using var renewed = await FacebookHub.StartAsync(azurite, _graph, prefix: prefix);

        var run = await renewed.Get<FacebookReconciler>().RunAsync();

        Assert.Equal(3, run.Redriven);
        Assert.Null(run.StoppedBy);
        Assert.Equal(3, (await renewed.OutcomesAsync()).Count);
        Assert.Equal(0, await CountPendingAsync(renewed));
    }

    [Fact]
    public async Task Fetch_RateLimitedAsHttp400_IsQueuedAgainForLaterAndThenImported()
    {
        _graph.AddSampleLeads();
        _graph.Throttle("120211000000000002", times: 1);
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());

        await hub.DrainAsync();

        var outcomes = await hub.OutcomesAsync();
        Assert.DoesNotContain("120211000000000002", outcomes.Keys);
        Assert.Equal(2, outcomes.Count);
        var waiting = (await hub.Get<FacebookLeadStore>().GetAsync("120211000000000002"))!;
        Assert.Equal((LeadStates.Pending, 1), (waiting.State, waiting.Attempts));
        Assert.StartsWith("RateLimited", waiting.LastError);
        // Back on the queue, hidden for at least the five minutes Graph's usage header asked for.
        Assert.Equal(1, await hub.QueuedAsync());
        Assert.Empty(await hub.Get<FacebookLeadQueue>().ReceiveAsync(32, TimeSpan.FromSeconds(1)));

        var later = await hub.Get<FetchFacebookLeadHandler>().HandleAsync(new LeadNotification { LeadgenId = "120211000000000002", Attempt = 1 });

        Assert.Equal(FetchStatus.Imported, later.Status);
        Assert.Equal(Outcomes.Accepted, (await hub.OutcomesAsync())["120211000000000002"].Outcome);
        Assert.Equal(2, _graph.LeadReads("120211000000000002"));
    }

    [Fact]
    public async Task Fetch_LeadNoLongerExists_IsRejectedLeadNotFound()
    {
        _graph.AddSampleLeads();
        _graph.RemoveLead("120211000000000003");
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());

        await hub.DrainAsync();

        var gone = (await hub.OutcomesAsync())["120211000000000003"];
        Assert.Equal((Outcomes.Rejected, "lead_not_found"), (gone.Outcome, gone.Reason));
        Assert.Equal(LeadStates.Done, (await hub.Get<FacebookLeadStore>().GetAsync("120211000000000003"))!.State);
        Assert.Equal(0, await hub.QueuedAsync());
    }

    [Fact]
    public async Task Fetch_EveryLogLineAtTrace_HoldsNoPageTokenNorItsProof()
    {
        _graph.AddSampleLeads();
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());

        await hub.DrainAsync();

        Assert.Equal(3, _graph.Requests.Count(r => r.Query.GetValueOrDefault("access_token") == FacebookGraphFake.PageToken));
        Assert.DoesNotContain(hub.LogLines, l => l.Contains(FacebookGraphFake.PageToken, StringComparison.Ordinal)
            || l.Contains("access_token", StringComparison.Ordinal) || l.Contains("appsecret_proof", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GraphClient_Handlers_IncludeNoRequestLogger()
    {
        // .NET's request logs hide a query string only while System.Net.Http.DisableUriRedaction
        // is off; the Graph client's URLs carry the page token, so they are not logged at all.
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        var handler = hub.Get<IHttpMessageHandlerFactory>().CreateHandler(nameof(FacebookGraphClient));
        var chain = new List<string>();
        for (var h = handler; h is DelegatingHandler d; h = d.InnerHandler) chain.Add(d.GetType().Name);

        Assert.NotEmpty(chain); // the resilience handler at least
        Assert.DoesNotContain(chain, name => name.Contains("Logging", StringComparison.Ordinal) || name.Contains("Logger", StringComparison.Ordinal));
    }

    private static async Task<int> CountPendingAsync(FacebookHub hub)
    {
        var n = 0;
        await foreach (var _ in hub.Get<FacebookLeadStore>().PendingAsync()) n++;
        return n;
    }

    public void Dispose() => _graph.Dispose();
}

/// Sums one counter of the hub's meter while it lives.
public sealed class CounterListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public CounterListener(string instrument)
    {
        _listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == HubMeter.Name && i.Name == instrument) l.EnableMeasurementEvents(i);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
