using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.IntegrationTests.Facebook;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.PageLinks;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// A personal link is a 30-day key to a person's page, and a short link stands for one: what
/// `amtza serve` records of a request (every log line, at Trace) holds the page and a
/// placeholder, never the token or the code.
[Collection(StorageCollection.Name)]
public sealed class PageTelemetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PageRequests_EveryLogLineAtTrace_HoldsThePlaceholderNotTheToken()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var status = links.Path(LinkPages.Status);
        var rsvp = links.Path(LinkPages.Rsvp);

        await client.GetAsync(status);
        await client.PostAsync(status, Form(("working", "no")));
        await client.GetAsync(rsvp);
        await client.GetAsync(PageLinks.Tampered(status));

        var tokens = new[] { status, rsvp, PageLinks.Tampered(status) }.Select(p => p[3..]).ToList();
        var leaks = links.App.Logs.Lines.Where(l => tokens.Any(t => l.Contains(t, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.Contains(links.App.Logs.Lines, l => l.Contains("/s/{token}", StringComparison.Ordinal) && l.Contains("200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShortLinkRequest_EveryLogLineAtTrace_HoldsThePlaceholderNotTheCode()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = links.App.BaseAddress };
        var signer = links.App.Get<LinkSigner>();
        var token = signer.Issue(LinkPages.Status, PageLinks.ParticipantId, FollowUpRules.Retention, PageLinks.DueOn);
        var code = (await links.App.Get<ShortLinks>().CreateAsync(token, signer.Sign(token))).Split('/')[^1];

        var reply = await client.GetAsync($"/l/{code}");

        Assert.Equal(System.Net.HttpStatusCode.Found, reply.StatusCode);
        var leaks = links.App.Logs.Lines.Where(l => l.Contains(code, StringComparison.Ordinal) || l.Contains(signer.Sign(token), StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.Contains(links.App.Logs.Lines, l => l.Contains("/l/{token}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebhookVerification_EveryLogLineAtTrace_HoldsNoVerifyToken()
    {
        using var graph = new FacebookGraphFake();
        await using var hub = await FacebookHub.StartAsync(azurite, graph);

        await hub.Http.GetAsync($"/api/webhooks/facebook?hub.mode=subscribe&hub.verify_token={FacebookHub.VerifyToken}&hub.challenge=1158201444");

        Assert.DoesNotContain(hub.LogLines, l => l.Contains(FacebookHub.VerifyToken, StringComparison.Ordinal));
    }
}
