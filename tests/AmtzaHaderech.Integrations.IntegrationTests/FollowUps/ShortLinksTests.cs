using System.Net;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The messages' short links (`/l/{code}`) on Azurite and over HTTP: a code stands for one
/// signed link until that link's token expires, nobody finds one by guessing, and the expired
/// ones are deleted.
[Collection(StorageCollection.Name)]
public sealed class ShortLinksTests(AzuriteFixture azurite)
{
    private static async Task<(string Url, string Code, LinkToken Token, string Signed)> CreateAsync(HubWebApp app, char page = LinkPages.Status)
    {
        var signer = app.Get<LinkSigner>();
        var token = signer.Issue(page, PageLinks.ParticipantId, page == LinkPages.Rsvp ? FollowUpRules.Conference : FollowUpRules.Retention, PageLinks.DueOn);
        var signed = signer.Sign(token);
        var url = await app.Get<ShortLinks>().CreateAsync(token, signed);
        return (url, url.Split('/')[^1], token, signed);
    }

    [Fact]
    public async Task Create_TwoLinks_TenCharacterRandomCodesThatResolveToTheirSignedLinks()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;

        var status = await CreateAsync(links.App);
        var rsvp = await CreateAsync(links.App, LinkPages.Rsvp);

        Assert.Matches("^https://amtza.test/l/[A-Za-z0-9]{10}$", status.Url);
        Assert.NotEqual(status.Code, rsvp.Code);
        Assert.Equal($"/s/{status.Signed}", await links.App.Get<ShortLinks>().ResolveAsync(status.Code));
        Assert.Equal($"/r/{rsvp.Signed}", await links.App.Get<ShortLinks>().ResolveAsync(rsvp.Code));
    }

    [Theory]
    [InlineData("AAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public async Task Resolve_NotACodeWeGave_Null(string code)
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;

        Assert.Null(await links.App.Get<ShortLinks>().ResolveAsync(code));
    }

    [Fact]
    public async Task Resolve_TokenExpired_NullAndThePruneDeletesOnlyExpiredRows()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        var old = await CreateAsync(links.App);
        links.App.Clock.Advance(TimeSpan.FromDays(20));
        var recent = await CreateAsync(links.App);
        links.App.Clock.Advance(TimeSpan.FromDays(11)); // the first is 31 days old, past LinkDays (30)

        Assert.Null(await links.App.Get<ShortLinks>().ResolveAsync(old.Code));
        Assert.NotNull(await links.App.Get<ShortLinks>().ResolveAsync(recent.Code));
        Assert.Equal(1, await links.App.Get<ShortLinks>().PruneAsync());
        var rows = links.App.Get<HubStorage>().Table(StorageNames.Tables.ShortLinks).QueryAsync<TableEntity>();
        Assert.Equal([recent.Code], await rows.Select(r => r.RowKey).ToListAsync());
    }

    [Fact]
    public async Task GetShortLink_RedirectsToThePersonalPageWithoutLeavingItAnywhere()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        var link = await CreateAsync(links.App);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = links.App.BaseAddress };

        var response = await client.GetAsync($"/l/{link.Code}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"/s/{link.Signed}", response.Headers.Location!.OriginalString);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        using var browser = links.App.Client();
        var page = await (await browser.GetAsync($"/l/{link.Code}")).Content.ReadAsStringAsync();
        Assert.Contains($"שלום {PageLinks.FirstName}", page);
    }

    [Fact]
    public async Task GetShortLink_UnknownCode_PolitePageWithTheCentersPhones()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var response = await client.GetAsync("/l/AbCdEfGhJk");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("הקישור אינו פעיל", html);
        Assert.Contains("09-7654321", html);
    }
}
