using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Reconciliation;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Facebook;

/// The hourly reconciliation finds what the webhook missed (docs/facebook.md).
[Collection(StorageCollection.Name)]
public sealed class FacebookReconciliationTests(AzuriteFixture azurite) : IDisposable
{
    private const string FormId = "98765432101234567";
    private readonly FacebookGraphFake _graph = new();

    [Fact]
    public async Task Reconcile_LeadsTheWebhookMissed_ImportsThemFollowingPagesAndMovesTheCheckpoint()
    {
        _graph.AddSampleLeads();
        _graph.AddLead(Lead("120211000000000020", "2026-11-24T12:00:00+0000", "יעל כץ", "+972547778899"));
        _graph.AddLead(Lead("120211000000000021", "2026-11-25T12:00:00+0000", "Anna Klein", "+972548889900"));
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        // The webhook delivered lead 2 only; the others never arrived.
        await hub.PostSignedAsync(Batch("120211000000000002"));
        await hub.DrainAsync();

        var run = await hub.Get<FacebookReconciler>().RunAsync();

        Assert.Empty(_graph.Problems);
        Assert.Null(run.StoppedBy);
        Assert.Equal((5, 4), (run.Listed, run.Imported));
        Assert.True(_graph.Requests.Count(r => r.Path.EndsWith("/leads")) >= 3); // five leads, two a page
        var outcomes = await hub.OutcomesAsync();
        Assert.Equal(Outcomes.Accepted, outcomes["120211000000000020"].Outcome);
        Assert.Equal(Outcomes.Accepted, outcomes["120211000000000021"].Outcome);
        Assert.Equal(1, _graph.LeadReads("120211000000000002")); // listed again, not imported again
        Assert.Equal(DateTimeOffset.Parse("2026-11-25T12:00:00+00:00").ToUnixTimeSeconds(), await hub.Get<FacebookLeadStore>().GetCheckpointAsync(FormId));
    }

    [Fact]
    public async Task Reconcile_SecondRun_ListsSinceTheCheckpointAndImportsNothing()
    {
        _graph.AddSampleLeads();
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        await hub.Get<FacebookReconciler>().RunAsync();
        var ledger = await hub.LedgerAsync();
        _graph.Requests.Clear();

        var again = await hub.Get<FacebookReconciler>().RunAsync();

        Assert.Equal(0, again.Imported);
        Assert.Equal(ledger.Count, (await hub.LedgerAsync()).Count);
        var filter = JsonNode.Parse(_graph.Requests.First(r => r.Path.EndsWith("/leads") && !r.Query.ContainsKey("after")).Query["filtering"])!.AsArray()[0]!;
        var checkpoint = (await hub.Get<FacebookLeadStore>().GetCheckpointAsync(FormId))!.Value;
        Assert.InRange(filter["value"]!.GetValue<long>(), checkpoint - 3600, checkpoint - 1); // a short look behind it
    }

    [Fact]
    public async Task Reconcile_ListingRefusesTheToken_KeepsTheCheckpoint()
    {
        _graph.AddSampleLeads();
        await using var hub = await FacebookHub.StartAsync(azurite, _graph, pageToken: "expired-page-token");

        var run = await hub.Get<FacebookReconciler>().RunAsync();

        Assert.Equal("TokenRefused", run.StoppedBy);
        Assert.Null(await hub.Get<FacebookLeadStore>().GetCheckpointAsync(FormId));
        Assert.Empty(await hub.LedgerAsync());
    }

    private static string Lead(string id, string created, string name, string phone) => new JsonObject
    {
        ["id"] = id,
        ["created_time"] = created,
        ["ad_id"] = "120210000000000777",
        ["form_id"] = FormId,
        ["is_organic"] = false,
        ["field_data"] = new JsonArray(
            new JsonObject { ["name"] = "full_name", ["values"] = new JsonArray(name) },
            new JsonObject { ["name"] = "phone_number", ["values"] = new JsonArray(phone) },
            new JsonObject { ["name"] = "city", ["values"] = new JsonArray("חולון") }),
        ["custom_disclaimer_responses"] = new JsonArray(new JsonObject { ["checkbox_key"] = "contact_consent", ["is_checked"] = "1" }),
    }.ToJsonString();

    private static string Batch(string leadgenId) =>
        $$$"""{"object":"page","entry":[{"id":"111222333444555","time":1795162542,"changes":[{"field":"leadgen","value":{"leadgen_id":{{{leadgenId}}},"form_id":"{{{FormId}}}","created_time":1795162542}}]}]}""";

    public void Dispose() => _graph.Dispose();
}
