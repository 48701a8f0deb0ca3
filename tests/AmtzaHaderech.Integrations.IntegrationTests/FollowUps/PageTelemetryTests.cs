using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.IntegrationTests.Facebook;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.PageLinks;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// A personal link is a 30-day key to a person's page: what `amtza serve` records of a request
/// (every log line, at Trace) holds the page and a placeholder, never the token.
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
    public async Task WebhookVerification_EveryLogLineAtTrace_HoldsNoVerifyToken()
    {
        using var graph = new FacebookGraphFake();
        await using var hub = await FacebookHub.StartAsync(azurite, graph);

        await hub.Http.GetAsync($"/api/webhooks/facebook?hub.mode=subscribe&hub.verify_token={FacebookHub.VerifyToken}&hub.challenge=1158201444");

        Assert.DoesNotContain(hub.LogLines, l => l.Contains(FacebookHub.VerifyToken, StringComparison.Ordinal));
    }
}
