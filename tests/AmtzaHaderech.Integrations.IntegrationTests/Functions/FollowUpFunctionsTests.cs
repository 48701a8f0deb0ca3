using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Functions.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// The follow-ups' functions invoked directly, with the bindings the host would give them.
[Collection(StorageCollection.Name)]
public sealed class FollowUpFunctionsTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public async Task RunFollowUps_Timer_SendsWhatIsDueAtTheClocksTime()
    {
        var (hub, sms, _) = await FollowUpsHub.RecordingAsync(azurite, Today);
        await using var _h = hub;
        await FollowUpsHub.MirrorAsync(hub, new SpotSnapshot([FollowUpData.Person("P1", Today.AddDays(-100))], [], []));
        hub.Clock.SetUtcNow(IsraelTime.At(Today, new TimeOnly(10, 30)));

        var result = await ActivatorUtilities.CreateInstance<RunFollowUps>(hub.Services).Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        Assert.Equal("P1", Assert.Single(result.Sent).ParticipantId);
        Assert.Equal("+972501234567", Assert.Single(sms.Sent).Message.To);
    }

    [Theory]
    [InlineData(true, 200)]
    [InlineData(false, 404)]
    public async Task AnswerStatusCheckIn_Get_WritesThePageOrThePolitePage(bool intact, int status)
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, Today);
        var signer = hub.Get<LinkSigner>();
        var token = signer.Sign(signer.Issue(LinkPages.Status, "P1", FollowUpRules.Quarterly, Today));
        var context = new DefaultHttpContext { RequestServices = hub.Services };
        context.Request.Method = "GET";
        context.Response.Body = new MemoryStream();

        await ActivatorUtilities.CreateInstance<OpenPersonalLink>(hub.Services).AnswerStatusCheckIn(context.Request, intact ? token : token[..^2] + "xx", CancellationToken.None);

        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", context.Response.ContentType);
        context.Response.Body.Position = 0;
        var html = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Contains(intact ? "<form method=\"post\" novalidate>" : "הקישור אינו פעיל", html);
    }

    [Fact]
    public async Task AnswerStatusCheckIn_FiveMegabytePostOverHttps_413WithHsts()
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, Today);
        var signer = hub.Get<LinkSigner>();
        var token = signer.Sign(signer.Issue(LinkPages.Status, "P1", FollowUpRules.Quarterly, Today));
        var body = System.Text.Encoding.ASCII.GetBytes("working=no&employer=" + new string('x', 5 * 1024 * 1024));
        var context = new DefaultHttpContext { RequestServices = hub.Services };
        context.Request.Method = "POST";
        context.Request.Scheme = "https";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        context.Response.Body = new MemoryStream();

        await ActivatorUtilities.CreateInstance<OpenPersonalLink>(hub.Services).AnswerStatusCheckIn(context.Request, token, CancellationToken.None);

        Assert.Equal(413, context.Response.StatusCode);
        Assert.Equal("max-age=31536000", context.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task OpenShortLink_Get_RedirectsToThePersonalPage()
    {
        await using var hub = await FollowUpsHub.StartAsync(azurite, Today);
        var signer = hub.Get<LinkSigner>();
        var token = signer.Issue(LinkPages.Status, "P1", FollowUpRules.Quarterly, Today);
        var url = await hub.Get<ShortLinks>().CreateAsync(token, signer.Sign(token));
        var context = new DefaultHttpContext { RequestServices = hub.Services };
        context.Request.Method = "GET";
        context.Response.Body = new MemoryStream();

        await ActivatorUtilities.CreateInstance<OpenPersonalLink>(hub.Services).OpenShortLink(context.Request, url.Split('/')[^1], CancellationToken.None);

        Assert.Equal(302, context.Response.StatusCode);
        Assert.Equal($"/s/{signer.Sign(token)}", context.Response.Headers.Location.ToString());
    }
}
