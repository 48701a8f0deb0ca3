using System.Net;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Intake;

/// The form's edges an attacker tries first: an old token, a forged client address, plain http.
[Collection(StorageCollection.Name)]
public sealed class IntakeFormSecurityTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task Submit_TokenOlderThanTwoHours_FormAgainWithTheValuesAndAFreshTokenThatSends()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var client = new IntakeFormClient(app);
        var old = await client.NewTokenAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(121));

        var late = await client.PostAsync(IntakeFormClient.Answers(), old);
        Assert.Empty(await app.Get<IntakeLedger>().AllAsync().ToListAsync());
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        var again = await client.PostAsync(IntakeFormClient.Answers(), IntakeFormClient.TokenOf(late.Html));

        Assert.Equal(HttpStatusCode.BadRequest, late.Status);
        Assert.Contains("עבר זמן רב מאז שהטופס נפתח, ולכן הוא עוד לא נשלח.", late.Html);
        Assert.Contains("value=\"כהן\"", late.Html);
        Assert.Contains("value=\"050-1234567\"", late.Html);
        Assert.NotEqual(old, IntakeFormClient.TokenOf(late.Html));
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task Submit_TokenWithinTheConfiguredLifetime_Accepted()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today, new() { ["IntakeForm:TokenLifetimeMinutes"] = "300" });
        var client = new IntakeFormClient(app);
        var token = await client.NewTokenAsync();
        app.Clock.Advance(TimeSpan.FromHours(4));

        var reply = await client.PostAsync(IntakeFormClient.Answers(), token);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task Submit_RotatingForwardedForWithNoFrontEndConfigured_StillLimitedByTheConnection()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today, new() { ["IntakeForm:SubmissionsPerWindow"] = "2" });
        var client = new IntakeFormClient(app);

        var first = await client.SubmitAsync(IntakeFormClient.Answers(), forwardedFor: "198.51.100.1");
        var second = await client.SubmitAsync(IntakeFormClient.Answers(), forwardedFor: "198.51.100.2");
        var third = await client.SubmitAsync(IntakeFormClient.Answers(), forwardedFor: "198.51.100.3");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, second.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("http", false)]
    [InlineData("https", true)]
    public async Task Get_Form_AsksForHttpsOnlyWhenServedOverHttps(string? forwardedProto, bool hsts)
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        using var http = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/intake");
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hsts ? ["max-age=31536000"] : [], response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values : []);
    }
}
