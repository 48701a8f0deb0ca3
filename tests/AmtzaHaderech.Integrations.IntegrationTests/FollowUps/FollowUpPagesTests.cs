using System.Net;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Outbox;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.PageLinks;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The pages over HTTP as `amtza serve` serves them: what each answer records, and that a link
/// that does not work shows nothing about anyone.
[Collection(StorageCollection.Name)]
public sealed class FollowUpPagesTests(AzuriteFixture azurite)
{
    private static async Task AssertPoliteAsync(HttpResponseMessage response, HttpStatusCode status, params string[] phones)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Contains("הקישור אינו פעיל", html);
        Assert.DoesNotContain(PageLinks.FirstName, html);
        Assert.DoesNotContain(PageLinks.ParticipantId, html);
        Assert.DoesNotContain("<form", html);
        foreach (var phone in phones) Assert.Contains(phone, html);
    }

    // What the answers handed to the SPOT outbox (at once: nothing stays pending in followups).
    private static async Task<IReadOnlyList<SpotChange>> ChangesAsync(HubWebApp app)
    {
        await foreach (var _ in app.Get<FollowUpQueries>().PendingSpotChangesAsync()) Assert.Fail("a change was not handed over");
        return await FollowUpsHub.SpotOutboxAsync(app.Services, PageLinks.ParticipantId);
    }

    [Fact]
    public async Task Get_ValidStatusLink_ShowsTheFormWithHerNameAndKeepsTheLinkPrivate()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var response = await client.GetAsync(links.Path(LinkPages.Status));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"he\" dir=\"rtl\">", html);
        Assert.Contains($"שלום {PageLinks.FirstName}", html);
        Assert.Contains("09-7654321", html); // her center's phone (ksb)
        Assert.DoesNotContain("03-7654321", html);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Post_StatusAnswer_RecordsSpotChangesAndTasksOnceThenTheLinkIsUsed()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Status);

        var response = await client.PostAsync(path, Form(("working", "other"), ("scope", "percent"), ("scopePercent", "60"),
            ("employer", "אלביט מערכות"), ("role", "מחסנאית"), ("foundVia", "program"), ("salaryDeclined", "yes"), ("call", "yes")));
        var again = await client.PostAsync(links.Path(LinkPages.Status), Form(("working", "no")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("תודה", await response.Content.ReadAsStringAsync());
        await AssertPoliteAsync(again, HttpStatusCode.Gone, "09-7654321");
        var changes = await ChangesAsync(links.App);
        Assert.Equal(2, changes.Count);
        var employment = changes.Single(c => c.Kind == SpotChangeKinds.EmploymentStatus).EmploymentStatus!;
        Assert.Equal(("employed", "אלביט מערכות", "מחסנאית", 60, null, "program", "status_form"), (employment.Status, employment.Employer,
            employment.Occupation, employment.ScopePercent, employment.MonthlySalary, employment.FoundVia, employment.Source));
        Assert.Equal("status_update", changes.Single(c => c.Kind == SpotChangeKinds.Activity).Activity!.Type);
        var task = Assert.Single(await links.App.Get<FollowUpQueries>().TasksAsync(DateTimeOffset.MinValue));
        Assert.Equal((TaskKinds.CallRequest, PageLinks.ParticipantId), (task.Kind, task.ParticipantId));
    }

    [Fact]
    public async Task Post_IncompleteAnswer_ShowsTheErrorsAndKeepsWhatWasTyped()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var response = await client.PostAsync(links.Path(LinkPages.Status), Form(("employer", "תנובה"), ("scopePercent", "150")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("href=\"#working-same\"", html);
        Assert.Contains("href=\"#scopePercent\"", html);
        Assert.Contains("value=\"תנובה\"", html);
        Assert.Empty(await ChangesAsync(links.App));
    }

    [Theory]
    [InlineData(LinkPages.Status)]
    [InlineData(LinkPages.Rsvp)]
    [InlineData(LinkPages.Unsubscribe)]
    public async Task Get_TamperedLink_PolitePageWithEveryCentersPhoneAndNoData(char page)
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var tampered = await client.GetAsync(PageLinks.Tampered(links.Path(page)));
        var posted = await client.PostAsync(PageLinks.Tampered(links.Path(page)), Form(("working", "no"), ("answer", "yes"), ("confirm", "yes")));

        await AssertPoliteAsync(tampered, HttpStatusCode.NotFound, "03-7654321", "09-7654321", "08-7654321");
        await AssertPoliteAsync(posted, HttpStatusCode.NotFound);
        Assert.Empty(await ChangesAsync(links.App));
    }

    [Fact]
    public async Task Get_ExpiredLink_PolitePageWithHerCentersPhoneOnly()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Status);

        links.App.Clock.Advance(TimeSpan.FromDays(31));
        var response = await client.GetAsync(path);

        await AssertPoliteAsync(response, HttpStatusCode.Gone, "09-7654321");
        Assert.DoesNotContain("03-7654321", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unsubscribe_GetChangesNothingPostStopsEverything()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Unsubscribe);

        var shown = await client.GetAsync(path);
        Assert.Empty((await links.App.Get<FollowUpStore>().LoadAsync()).Unsubscribed);
        var done = await client.PostAsync(path, Form(("confirm", "yes")));

        Assert.Contains("<form method=\"post\">", await shown.Content.ReadAsStringAsync());
        Assert.Contains("ההודעות הופסקו", await done.Content.ReadAsStringAsync());
        Assert.Equal([PageLinks.ParticipantId], (await links.App.Get<FollowUpStore>().LoadAsync()).Unsubscribed);
        Assert.Equal("הסרה מקבלת הודעות", Assert.Single(await ChangesAsync(links.App)).Activity!.Title);
    }

    [Fact]
    public async Task Rsvp_CannotCome_RecordsTheAnswerAndTheInvitationIsAnswered()
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        await links.App.Get<FollowUpStore>().InviteAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);

        var response = await client.PostAsync(links.Path(LinkPages.Rsvp), Form(("answer", "no")));

        Assert.Contains("רשמנו שלא תוכלו להגיע.", await response.Content.ReadAsStringAsync());
        var invitation = Assert.Single((await links.App.Get<FollowUpStore>().LoadAsync()).Invitations);
        Assert.Equal((PageLinks.ConferenceOn, true), (invitation.ConferenceOn, invitation.Answered));
        Assert.Equal("התשובה: לא אוכל להגיע", Assert.Single(await ChangesAsync(links.App)).Activity!.Outcome);
    }
}
