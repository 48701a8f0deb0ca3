using System.Net;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Intake;

/// A submission is a referral like any other: through the pipeline, screened as of its day,
/// and a double submit is a `duplicate`.
[Collection(StorageCollection.Name)]
public sealed class IntakeFormSubmitTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static async Task<List<LedgerEntry>> LedgerAsync(HubWebApp app) =>
        await app.Get<IntakeLedger>().AllAsync().Where(e => e.Source == Sources.Intake).ToListAsync();

    [Fact]
    public async Task Submit_ValidForm_AcceptedScreenedAndThanked()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);

        var reply = await new IntakeFormClient(app).SubmitAsync(IntakeFormClient.Answers());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains("תודה, רחל!", reply.Html);
        Assert.DoesNotContain("כהן", reply.Html); // nothing typed is echoed but the first name
        Assert.DoesNotContain("123456782", reply.Html);
        var entry = Assert.Single(await LedgerAsync(app));
        Assert.Equal(Outcomes.Accepted, entry.Result.Outcome);
        Assert.Equal("eligible", entry.Result.Screening);
        Assert.Equal("intake-form", entry.File);
        var person = Assert.Single(await app.Get<ParticipantStore>().AllAsync().ToListAsync());
        Assert.Equal(RecruitmentChannels.Friend, person.RecruitmentChannel);
        Assert.Equal("ksb", person.Center);
        Assert.Equal(6, person.MonthsOutOfWork); // 1 May 2026 to 26 November 2026
        Assert.Equal(["+972501234567"], person.Phones);
        Assert.True(person.Capacity);
        Assert.True(person.SmsConsent);
        Assert.False(person.EmailConsent);
    }

    [Fact]
    public async Task Submit_NotAbleToWork_RoutingCallForCapacity()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var answers = IntakeFormClient.Answers();
        answers["capacity"] = "no";

        await new IntakeFormClient(app).SubmitAsync(answers);

        var entry = Assert.Single(await LedgerAsync(app));
        Assert.Equal("routing_call", entry.Result.Screening);
        Assert.Equal("capacity", entry.Result.ScreeningReason);
    }

    [Fact]
    public async Task Submit_SameTokenAgain_DuplicateAndOnePerson()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var client = new IntakeFormClient(app);
        var token = await client.NewTokenAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(20));

        var first = await client.PostAsync(IntakeFormClient.Answers(), token);
        var refresh = await client.PostAsync(IntakeFormClient.Answers(), token);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, refresh.Status);
        Assert.Contains("כבר הגיע אלינו", refresh.Html);
        Assert.Equal([Outcomes.Accepted, Outcomes.Duplicate], (await LedgerAsync(app)).Select(e => e.Result.Outcome).Order());
        Assert.Single(await app.Get<ParticipantStore>().AllAsync().ToListAsync());
    }

    [Fact]
    public async Task Submit_DoubleClick_OneAcceptedOneDuplicate()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var client = new IntakeFormClient(app);
        var token = await client.NewTokenAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(20));

        var replies = await Task.WhenAll(client.PostAsync(IntakeFormClient.Answers(), token), client.PostAsync(IntakeFormClient.Answers(), token));

        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal([Outcomes.Accepted, Outcomes.Duplicate], (await LedgerAsync(app)).Select(e => e.Result.Outcome).Order());
    }

    [Fact]
    public async Task Submit_SamePersonOnANewForm_Merged()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var client = new IntakeFormClient(app);

        await client.SubmitAsync(IntakeFormClient.Answers());
        var again = await client.SubmitAsync(IntakeFormClient.Answers());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        var outcomes = (await LedgerAsync(app)).Select(e => (e.Result.Outcome, e.Result.Reason)).Order().ToList();
        Assert.Equal([(Outcomes.Accepted, null), (Outcomes.Merged, "rule1")], outcomes);
    }

    [Fact]
    public async Task Submit_ScriptInFreeText_StoredAsTextAndNeverEchoed()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var answers = IntakeFormClient.Answers();
        answers["occupation"] = "<script>alert(1)</script>";

        var reply = await new IntakeFormClient(app).SubmitAsync(answers);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.DoesNotContain("alert(1)", reply.Html);
        Assert.Equal("<script>alert(1)</script>", Assert.Single(await LedgerAsync(app)).Raw["occupation"]);
    }

    [Fact]
    public async Task Submit_Valid_NoSubmittedDataInLogs()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var answers = IntakeFormClient.Answers();
        answers["email"] = "rachel.cohen@example.com";

        await new IntakeFormClient(app).SubmitAsync(answers);

        var log = string.Join('\n', app.Logs.Lines);
        Assert.Contains("Intake form", log);
        foreach (var value in new[] { "רחל", "כהן", "123456782", "1234567", "rachel.cohen", "כפר סבא", "מנהלת חשבונות" })
            Assert.DoesNotContain(value, log);
    }
}
