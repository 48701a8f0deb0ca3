using System.Text.Json;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.FollowUpData;
using FakeRequest = WireMock.RequestBuilders.Request;
using FakeResponse = WireMock.ResponseBuilders.Response;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The real channels against WireMock fakes of Graph `sendMail` and of the SMS provider: each
/// receives exactly the messages due, with its bearer token, and a 429 with Retry-After is
/// waited out and retried with the same message.
[Collection(StorageCollection.Name)]
public sealed class ProviderFakesTests(AzuriteFixture azurite) : IDisposable
{
    private const string Sender = "program@amtza.example.org";
    private const string GraphToken = "graph-test-token";
    private const string SmsKey = "sms-test-key";
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset TenAm = IsraelTime.At(Today, new TimeOnly(10, 0));

    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    private string SendMailPath => $"/v1.0/users/{Sender}/sendMail";

    private async Task<TestHub> StartAsync(SpotSnapshot data)
    {
        var hub = await FollowUpsHub.StartAsync(azurite, Today, new()
        {
            ["Graph:SenderMailbox"] = Sender,
            ["Graph:BaseUrl"] = _server.Url + "/v1.0",
            ["Sms:BaseUrl"] = _server.Url + "/sms",
            ["Sms:ApiKey"] = SmsKey,
        }, s => s.AddKeyedSingleton<TokenCredential>(FollowUpsRegistration.GraphCredentialKey, new FixedToken()));
        await FollowUpsHub.MirrorAsync(hub, data);
        hub.Clock.SetUtcNow(TenAm);
        return hub;
    }

    // Three people due a quarterly check-in: two with mobiles (SMS), one with e-mail only.
    private static SpotSnapshot People() => new(
    [
        Person("P1", Today.AddDays(-100), "050-1111111") with { FirstName = "דנה" },
        Person("P2", Today.AddDays(-120), "052-2222222") with { FirstName = "יוסי" },
        Person("P3", Today.AddDays(-130), phone: null, email: "miriam@example.org") with { FirstName = "מרים" },
    ], [], []);

    // The first request is throttled (429, Retry-After: 1 second); every later one is accepted.
    private void ThrottleOnceThenAccept(string path, string bearer, int acceptedStatus, string acceptedBody)
    {
        var calls = 0;
        _server.Given(FakeRequest.Create().WithPath(path).UsingPost().WithHeader("Authorization", "Bearer " + bearer))
            .RespondWith(FakeResponse.Create().WithCallback(_ => Interlocked.Increment(ref calls) == 1
                ? new ResponseMessage { StatusCode = 429, Headers = new Dictionary<string, WireMockList<string>> { ["Retry-After"] = new("1") } }
                : new ResponseMessage
                {
                    StatusCode = acceptedStatus,
                    Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
                    BodyData = new BodyData { BodyAsString = acceptedBody, DetectedBodyType = BodyType.String },
                }));
    }

    private List<ILogEntry> Requests(string path) =>
        [.. _server.LogEntries.Where(e => e.RequestMessage.Path == path).OrderBy(e => e.RequestMessage.DateTime)];

    [Fact]
    public async Task RunAsync_GraphAndSmsFakes_ReceiveExactlyTheMessagesDueAndWaitOutThrottling()
    {
        ThrottleOnceThenAccept(SendMailPath, GraphToken, 202, "");
        ThrottleOnceThenAccept("/sms/messages", SmsKey, 202, """{"id": "sms-1"}""");
        await using var hub = await StartAsync(People());

        var result = await hub.Get<FollowUpRunner>().RunAsync(TenAm);

        Assert.True(result.Completed);
        Assert.Equal(["P1", "P2", "P3"], result.Sent.Select(i => i.ParticipantId).Order());

        var mail = Requests(SendMailPath);
        Assert.Equal([429, 202], mail.Select(e => (int)e.ResponseMessage.StatusCode!));
        Assert.True(mail[1].RequestMessage.DateTime - mail[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(0.9), "Retry-After honoured");
        Assert.Equal(mail[0].RequestMessage.Body, mail[1].RequestMessage.Body);
        var message = JsonDocument.Parse(mail[1].RequestMessage.Body!).RootElement.GetProperty("Message"); // sendMail parameters are PascalCase
        Assert.Equal("miriam@example.org", message.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        var html = message.GetProperty("body").GetProperty("content").GetString()!; // JSON decoding turns \uXXXX back into Hebrew
        Assert.Contains("שלום מרים", html);
        Assert.Contains("03-7654321", html);
        // One link, the short one; the page behind it also offers stopping the messages.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "href=\"https://amtza\\.test/l/[A-Za-z0-9]{10}\""));
        Assert.DoesNotContain("/s/", html);
        Assert.Equal(result.Sent.Single(i => i.ParticipantId == "P3").Key,
            message.GetProperty("internetMessageHeaders")[0].GetProperty("value").GetString());

        var sms = Requests("/sms/messages");
        Assert.Equal([429, 202, 202], sms.Select(e => (int)e.ResponseMessage.StatusCode!));
        var bodies = sms.Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement).ToList();
        // The throttled message is retried under the same reference; each due item is sent once.
        Assert.Equal(bodies[0].GetProperty("reference").GetString(), bodies[1].GetProperty("reference").GetString());
        Assert.Equal(result.Sent.Where(i => i.Channel == FollowUpChannels.Sms).Select(i => i.Key).Order(),
            bodies.Skip(1).Select(b => b.GetProperty("reference").GetString()).Order());
        Assert.Equal(["+972501111111", "+972522222222"], bodies.Skip(1).Select(b => b.GetProperty("to").GetString()).Order());
        Assert.All(bodies, b => Assert.Equal("AmtzaDerech", b.GetProperty("sender").GetString()));
        Assert.Contains(bodies, b => b.GetProperty("text").GetString()!.StartsWith("שלום דנה, כאן אמצע הדרך.", StringComparison.Ordinal));
        Assert.Equal("sms-1", (await hub.Get<FollowUpStore>().LoadAsync()).Items.Single(i => i.ParticipantId == "P1").ProviderId);
    }

    [Fact]
    public async Task RunAsync_SmsProviderRefuses_NotRetriedAndTheCoordinatorGetsATask()
    {
        _server.Given(FakeRequest.Create().WithPath("/sms/messages").UsingPost())
            .RespondWith(FakeResponse.Create().WithStatusCode(400).WithBody("""{"error": "invalid number"}"""));
        await using var hub = await StartAsync(new SpotSnapshot([Person("P1", Today.AddDays(-100))], [], []));

        var first = await hub.Get<FollowUpRunner>().RunAsync(TenAm);
        var again = await hub.Get<FollowUpRunner>().RunAsync(TenAm.AddHours(2));

        Assert.Equal((1, 0, 0), (first.Rejected, again.Rejected, again.Sent.Count));
        Assert.Single(Requests("/sms/messages"));
        Assert.Equal(TaskKinds.Undeliverable, Assert.Single(await hub.Get<FollowUpQueries>().TasksAsync(DateTimeOffset.MinValue)).Kind);
    }

    [Fact]
    public async Task RunAsync_SmsProviderDown_NothingRecordedAsSentAndTheNextRunSendsTheSameReference()
    {
        _server.Given(FakeRequest.Create().WithPath("/sms/messages").UsingPost()).InScenario("down").WillSetStateTo("still down")
            .RespondWith(FakeResponse.Create().WithStatusCode(503));
        for (var attempt = 0; attempt < 6; attempt++)
            _server.Given(FakeRequest.Create().WithPath("/sms/messages").UsingPost()).InScenario("down").WhenStateIs("still down")
                .RespondWith(FakeResponse.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        await using var hub = await StartAsync(new SpotSnapshot([Person("P1", Today.AddDays(-100))], [], []));

        var down = await hub.Get<FollowUpRunner>().RunAsync(TenAm);

        Assert.False(down.Completed);
        Assert.Empty(down.Sent);
        Assert.Empty((await hub.Get<FollowUpStore>().LoadAsync()).Items);
        Assert.Equal(5, Requests("/sms/messages").Count); // the first try and the channel's four retries, then it gave up

        _server.Reset();
        _server.Given(FakeRequest.Create().WithPath("/sms/messages").UsingPost())
            .RespondWith(FakeResponse.Create().WithStatusCode(202).WithBody("""{"id": "sms-9"}"""));
        var recovered = await hub.Get<FollowUpRunner>().RunAsync(TenAm.AddMinutes(30));
        Assert.Equal(Assert.Single(recovered.Sent).Key,
            JsonDocument.Parse(Assert.Single(Requests("/sms/messages")).RequestMessage.Body!).RootElement.GetProperty("reference").GetString());
    }

    private sealed class FixedToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GraphToken, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
