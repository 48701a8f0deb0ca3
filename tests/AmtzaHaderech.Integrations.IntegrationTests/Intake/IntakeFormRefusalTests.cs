using System.Net;
using System.Text;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Intake;

/// Bad input tried on the server: each gets a clear refusal, in Hebrew, and stores nothing.
[Collection(StorageCollection.Name)]
public sealed class IntakeFormRefusalTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static async Task AssertNothingStoredAsync(HubWebApp app)
    {
        Assert.Empty(await app.Get<IntakeLedger>().AllAsync().ToListAsync());
        Assert.Empty(await app.Get<ParticipantStore>().AllAsync().ToListAsync());
    }

    [Fact]
    public async Task Submit_Oversized_413()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var answers = IntakeFormClient.Answers();
        answers["lastName"] = new string('א', 20_000);

        var reply = await new IntakeFormClient(app).SubmitAsync(answers);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Contains("הטופס גדול מדי", reply.Html);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task Submit_OversizedWithoutContentLength_413()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var client = new IntakeFormClient(app);
        var body = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("lastName=" + new string('x', 40_000))));
        body.Headers.ContentType = new("application/x-www-form-urlencoded");
        body.Headers.ContentLength = null;

        var reply = await client.SendAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
    }

    [Fact]
    public async Task Submit_NotAForm_415()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);

        var reply = await new IntakeFormClient(app).SendAsync(new StringContent("{\"firstName\":\"x\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Contains("לא הצלחנו לקרוא את הטופס", reply.Html);
    }

    [Fact]
    public async Task Submit_MissingFields_400WithEveryErrorAndTheTypedValuesKept()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);

        var reply = await new IntakeFormClient(app).SubmitAsync(new Dictionary<string, string> { ["firstName"] = "משה", ["phone"] = "052-7654321" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("<title>שגיאה:", reply.Html);
        Assert.Contains("יש לתקן 13 דברים בטופס", reply.Html);
        Assert.Contains("value=\"משה\"", reply.Html);
        Assert.Contains("value=\"052-7654321\"", reply.Html);
        Assert.Contains("id=\"lastName-error\"", reply.Html);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task Submit_BadNationalId_400WithTheErrorNextToTheField()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);

        var reply = await new IntakeFormClient(app).SubmitAsync(IntakeFormClient.Answers(nationalId: "123456789"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("<li><a href=\"#nationalId\">מספר תעודת הזהות אינו תקין", reply.Html);
        Assert.Contains("aria-describedby=\"nationalId-hint nationalId-error\" aria-invalid=\"true\"", reply.Html);
        Assert.Contains("value=\"123456789\"", reply.Html);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task Submit_ScriptInAName_400AndEncoded()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var answers = IntakeFormClient.Answers();
        answers["lastName"] = "<script>alert('x')</script>";

        var reply = await new IntakeFormClient(app).SubmitAsync(answers);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.DoesNotContain("<script>alert", reply.Html);
        Assert.Contains("value=\"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;\"", reply.Html);
        Assert.Contains("default-src 'none'", reply.Response.Headers.GetValues("Content-Security-Policy").Single());
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task Submit_HoneypotFilled_400AndNothingStored()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var answers = IntakeFormClient.Answers();
        answers["website"] = "http://spam.example";

        var reply = await new IntakeFormClient(app).SubmitAsync(answers);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("לא הצלחנו לקבל את הטופס", reply.Html);
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task Submit_TooFast_RefusedPolitelyThenAcceptedOnTheSecondPress()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var client = new IntakeFormClient(app);
        var token = await client.NewTokenAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        var tooFast = await client.PostAsync(IntakeFormClient.Answers(), token);
        await AssertNothingStoredAsync(app);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        var second = await client.PostAsync(IntakeFormClient.Answers(), IntakeFormClient.TokenOf(tooFast.Html));

        Assert.Equal(HttpStatusCode.BadRequest, tooFast.Status);
        Assert.Contains("הטופס נשלח מהר מהרגיל", tooFast.Html);
        Assert.Contains("value=\"כהן\"", tooFast.Html);
        Assert.Equal(token, IntakeFormClient.TokenOf(tooFast.Html));
        Assert.Equal(HttpStatusCode.OK, second.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("forged-token")]
    public async Task Submit_NoOrForgedToken_400WithAFreshTokenAndValuesKept(string? token)
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);

        var reply = await new IntakeFormClient(app).PostAsync(IntakeFormClient.Answers(), token);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("value=\"כהן\"", reply.Html);
        Assert.NotNull(app.Get<FormTokens>().Verify(IntakeFormClient.TokenOf(reply.Html)));
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task Submit_OverTheRateLimitBehindAFrontEnd_429PerForwardedAddress()
    {
        // The test's connections come from loopback, here the configured front end.
        await using var app = await HubWebApp.StartAsync(azurite, Today, new()
        {
            ["IntakeForm:SubmissionsPerWindow"] = "2",
            ["IntakeForm:TrustedFrontEnds:0"] = "127.0.0.1",
        });
        var client = new IntakeFormClient(app);
        var answers = IntakeFormClient.Answers();
        answers["privacyConsent"] = ""; // invalid answers count as attempts too

        await client.SubmitAsync(answers, forwardedFor: "203.0.113.7");
        await client.SubmitAsync(answers, forwardedFor: "203.0.113.7");
        var third = await client.SubmitAsync(IntakeFormClient.Answers(), forwardedFor: "198.51.100.9, 203.0.113.7");
        var elsewhere = await client.SubmitAsync(IntakeFormClient.Answers(), forwardedFor: "198.51.100.20");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        // The window opened with the first post; each post here comes 30 s after the one before.
        Assert.Equal("540", third.Response.Headers.GetValues("Retry-After").Single());
        Assert.Contains("value=\"כהן\"", third.Html);
        Assert.Equal(HttpStatusCode.OK, elsewhere.Status);
    }
}
