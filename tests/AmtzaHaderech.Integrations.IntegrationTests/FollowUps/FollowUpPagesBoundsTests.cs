using System.Net;
using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.PageLinks;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// What an oversized or crafted answer does to a personal page: refused in words, never a fault,
/// and the link still works for the person it belongs to.
[Collection(StorageCollection.Name)]
public sealed class FollowUpPagesBoundsTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(LinkPages.Status)]
    [InlineData(LinkPages.Rsvp)]
    [InlineData(LinkPages.Unsubscribe)]
    public async Task Post_FiveMegabyteValue_413AndTheLinkStillWorks(char page)
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(page);

        var response = await client.PostAsync(path, Form(("working", "no"), ("employer", new string('x', 5 * 1024 * 1024))));
        var afterwards = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("לא הצלחנו לקרוא את התשובה", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Theory]
    [InlineData(LinkPages.Status)]
    [InlineData(LinkPages.Rsvp)]
    [InlineData(LinkPages.Unsubscribe)]
    public async Task Post_FiveThousandFields_400AndTheLinkStillWorks(char page)
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(page);
        // 5,000 empty fields fit in 15 KB, under the size limit: the field count refuses them.
        var body = string.Join('&', Enumerable.Repeat("a=", 5000));

        var response = await client.PostAsync(path, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));
        var afterwards = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("לא הצלחנו לקרוא את התשובה", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("https", true)]
    public async Task Get_Page_AsksForHttpsOnlyWhenServedOverHttps(string? forwardedProto, bool hsts)
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, links.Path(LinkPages.Status));
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hsts ? ["max-age=31536000"] : [], response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values : []);
    }
}
