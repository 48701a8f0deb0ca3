using System.Net;
using System.Text.Json;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Intake;

/// The form's other routes: the page itself, its assets and the occupation type-ahead.
[Collection(StorageCollection.Name)]
public sealed class IntakeEndpointsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetIntake_EmptyForm_HebrewRightToLeftWithAToken()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));

        using var response = await app.Client().GetAsync("/intake");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<!doctype html><html lang=\"he\" dir=\"rtl\">", html);
        Assert.NotNull(app.Get<FormTokens>().Verify(IntakeFormClient.TokenOf(html)));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("intake.css", "text/css")]
    [InlineData("intake.js", "text/javascript")]
    public async Task GetAsset_KnownFile_Served(string file, string contentType)
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));

        using var response = await app.Client().GetAsync($"/intake/assets/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Theory]
    [InlineData("other.js")]
    [InlineData("..%2Fappsettings.json")]
    public async Task GetAsset_AnyOtherName_NotFound(string file)
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));

        using var response = await app.Client().GetAsync($"/intake/assets/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SearchOccupations_HebrewQuery_TheOccupationSearchJson()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26));

        using var response = await app.Client().GetAsync("/intake/occupations?q=" + Uri.EscapeDataString("מנהלת חשבונ"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = json.GetProperty("items")[0];
        Assert.Equal("4311", first.GetProperty("code").GetString());
        Assert.Equal("מנהלת חשבונות", first.GetProperty("titleHe").GetString());
    }

    [Fact]
    public async Task SearchOccupations_OverTheLimit_429()
    {
        await using var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 26), new() { ["IntakeForm:SearchesPerMinute"] = "2" });
        var client = app.Client();

        for (var i = 0; i < 2; i++) (await client.GetAsync("/intake/occupations?q=abc")).EnsureSuccessStatusCode();
        using var refused = await client.GetAsync("/intake/occupations?q=abc");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }
}
