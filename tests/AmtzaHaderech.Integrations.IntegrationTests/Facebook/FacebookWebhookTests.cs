using System.Net;
using System.Text;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.IntegrationTests.Facebook;

/// `GET, POST /api/webhooks/facebook` on the hub's own HTTP endpoint (amtza serve).
[Collection(StorageCollection.Name)]
public sealed class FacebookWebhookTests(AzuriteFixture azurite) : IDisposable
{
    private readonly FacebookGraphFake _graph = new();

    [Fact]
    public async Task Verify_SubscribeWithTheToken_AnswersTheChallengeAsText()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);

        var response = await hub.Http.GetAsync($"/api/webhooks/facebook?hub.mode=subscribe&hub.verify_token={FacebookHub.VerifyToken}&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.verify_token=not-the-token&hub.challenge=1158201444")]
    [InlineData("hub.mode=unsubscribe&hub.verify_token=sample-verify-token&hub.challenge=1158201444")]
    [InlineData("hub.mode=subscribe&hub.challenge=1158201444")]
    [InlineData("")]
    public async Task Verify_WrongTokenOrMode_Is403WithoutTheChallenge(string query)
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);

        var response = await hub.Http.GetAsync($"/api/webhooks/facebook?{query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("abc")]
    [InlineData("12%2034")]
    [InlineData("")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public async Task Verify_ChallengeNotDigits_Is400AndNotEchoed(string challenge)
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);

        var response = await hub.Http.GetAsync($"/api/webhooks/facebook?hub.mode=subscribe&hub.verify_token={FacebookHub.VerifyToken}&hub.challenge={challenge}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=8610dad7addbbffab0b78b346e64a820d468ee35")]
    [InlineData("sha256=not-hex")]
    public async Task Post_MissingOrWrongSignature_Is401AndStoresNothing(string? signature)
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);

        var response = await hub.PostWebhookAsync(FacebookHub.SampleBatch(), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(hub);
        Assert.Contains(hub.LogLines, l => l.Contains("Facebook webhook refused"));
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Is401AndStoresNothing()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        var body = FacebookHub.SampleBatch();
        body[^3] = (byte)' '; // one byte of the signed body differs

        var response = await hub.PostWebhookAsync(body, FacebookHub.SampleSignature());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(hub);
    }

    [Fact]
    public async Task Post_SampleBatch_KeepsTheBodyAndAnswersBeforeAnyLeadIsStored()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);

        var response = await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = Assert.Single(await hub.RawBlobsAsync());
        Assert.StartsWith("facebook/webhooks/", raw);
        var stored = hub.Get<HubStorage>().Container(StorageNames.Containers.Raw).GetBlobClient(raw);
        Assert.Equal(FacebookHub.SampleBatch(), (await stored.DownloadContentAsync()).Value.Content.ToArray());
        // The answer came after two writes: the body, and one message for the whole delivery.
        Assert.Equal(0, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        var queued = Assert.Single(await hub.Get<FacebookLeadQueue>().ReceiveAsync(32, TimeSpan.FromSeconds(1)));
        Assert.Equal(raw, queued.Content.DeliveryBlob);
        Assert.Empty(_graph.Requests); // nothing fetched while Facebook waits for the answer
    }

    [Fact]
    public async Task RecordDelivery_SampleBatch_StoresAndQueuesEachLeadOnce()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature());
        await hub.PostWebhookAsync(FacebookHub.SampleBatch(), FacebookHub.SampleSignature()); // Facebook's retry

        Assert.Equal(2, await hub.RecordDeliveriesAsync());

        Assert.Equal(3, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        Assert.Equal(3, await hub.QueuedAsync());
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task Post_FortyThousandLeadsSigned_RefusedWholeWith200AndLoggedWithTheCount()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        var body = FacebookHub.ManyLeads(40_000);
        Assert.True(Encoding.UTF8.GetByteCount(body) < FacebookWebhook.MaxBodyBytes);

        var response = await hub.PostSignedAsync(body);

        // 200, or Facebook would send the same body again for hours; nothing of it is worked on.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await hub.RawBlobsAsync());
        Assert.Equal(0, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        Assert.Equal(0, await hub.QueuedAsync());
        Assert.Contains(hub.LogLines, l => l.Contains("refused: 40000 leadgen notifications, over the limit of 1000"));
    }

    [Fact]
    public async Task Post_OverAConfiguredLimit_RefusedAndAtTheLimitAccepted()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph, settings: new() { ["Facebook:MaxNotificationsPerDelivery"] = "5" });

        var over = await hub.PostSignedAsync(FacebookHub.ManyLeads(6));
        var atLimit = await hub.PostSignedAsync(FacebookHub.ManyLeads(5));
        await hub.RecordDeliveriesAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (over.StatusCode, atLimit.StatusCode));
        Assert.Equal(5, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        Assert.Contains(hub.LogLines, l => l.Contains("refused: 6 leadgen notifications, over the limit of 5"));
    }

    [Fact]
    public async Task Post_IdsAboveTwoToThe53_KeepsEveryDigit()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);
        // 2^53 + 1 and a 19-digit id: through a double they would become ...992 and ...000.
        const string json = """
            {"object":"page","entry":[{"id":"111222333444555","time":1795162542,"changes":[
              {"field":"leadgen","value":{"leadgen_id":9007199254740993,"form_id":98765432101234567,"page_id":111222333444555,"created_time":1795162542}},
              {"field":"leadgen","value":{"leadgen_id":1234567890123456789,"form_id":"98765432101234567","created_time":1795162542}}]}]}
            """;

        var response = await hub.PostSignedAsync(json);
        await hub.RecordDeliveriesAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var store = hub.Get<FacebookLeadStore>();
        var first = await store.GetAsync("9007199254740993");
        Assert.NotNull(first);
        Assert.Equal("98765432101234567", first.Notification.FormId);
        Assert.Equal("111222333444555", first.Notification.PageId);
        Assert.NotNull(await store.GetAsync("1234567890123456789"));
        var queued = await hub.Get<FacebookLeadQueue>().ReceiveAsync(32, TimeSpan.FromSeconds(30));
        Assert.Equal(["1234567890123456789", "9007199254740993"], queued.Select(q => q.Content.Lead!.LeadgenId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Post_OtherObjectOrField_Is200AndQueuesNothing()
    {
        await using var hub = await FacebookHub.StartAsync(azurite, _graph);

        var response = await hub.PostSignedAsync("""{"object":"page","entry":[{"id":"1","time":1,"changes":[{"field":"feed","value":{"item":"status"}}]}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        Assert.Equal(0, await hub.QueuedAsync());
    }

    private static async Task AssertNothingStoredAsync(FacebookHub hub)
    {
        Assert.Empty(await hub.RawBlobsAsync());
        Assert.Equal(0, await hub.CountAsync(StorageNames.Tables.FacebookLeads));
        Assert.Equal(0, await hub.QueuedAsync());
    }

    public void Dispose() => _graph.Dispose();
}
