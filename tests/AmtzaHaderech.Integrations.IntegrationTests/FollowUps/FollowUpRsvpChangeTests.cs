using System.Net;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.PageLinks;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The same RSVP link lets דנה (a woman, coordinator מיכל אברהם of Kfar Saba) change her answer
/// until the day before the conference of Monday 7 December 2026; from that day on it says whom
/// to call. SPOT gets one activity per answer, each change saying what it replaces.
[Collection(StorageCollection.Name)]
public sealed class FollowUpRsvpChangeTests(AzuriteFixture azurite)
{
    private static async Task<PageLinks> InvitedAsync(AzuriteFixture azurite)
    {
        var links = await PageLinks.StartAsync(azurite, PageLinks.Calendar,
            person => person with { Gender = "F", Coordinator = "ksb-coord-1@example.org" });
        await links.App.Get<FollowUpStore>().InviteAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);
        return links;
    }

    private static async Task<IReadOnlyList<string>> ActivitiesAsync(PageLinks links) =>
        [.. (await FollowUpsHub.SpotOutboxAsync(links.App.Services, PageLinks.ParticipantId)).Select(c => c.Activity!.Outcome!).Order(StringComparer.Ordinal)];

    private static void At(PageLinks links, DateOnly day, int hour) => links.App.Clock.SetUtcNow(IsraelTime.At(day, new TimeOnly(hour, 0)));

    [Fact]
    public async Task Rsvp_AnsweredThenOpenedAgain_ShowsTheAnswerAndTakesAChange()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Rsvp);

        var coming = await client.PostAsync(path, Form(("answer", "yes")));
        var again = await client.GetAsync(path);
        var changed = await client.PostAsync(path, Form(("answer", "no")));
        var same = await client.PostAsync(path, Form(("answer", "no")));

        Assert.Equal(HttpStatusCode.OK, coming.StatusCode);
        Assert.Contains("רשמנו שתגיעי.", await coming.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var html = await again.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"answer\">רשמנו שתגיעי.</p>", html);
        Assert.Contains("אפשר לשנות את התשובה בעמוד הזה עד יום ראשון, 06/12/2026.", html);
        Assert.Contains("<dd>יום שני, 07/12/2026, בשעה 10:00</dd>", html);
        Assert.Contains("רחוב ויצמן 140, כפר סבא", html);
        Assert.Contains("רשמנו שלא תוכלי להגיע.", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var invitation = await links.App.Get<FollowUpStore>().InvitationAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);
        Assert.Equal((true, false, 2), (invitation!.Answered, invitation.Coming, invitation.Answers));
        Assert.Equal(["התשובה עכשיו: לא אוכל להגיע (במקום: אגיע)", "התשובה: אגיע"], await ActivitiesAsync(links));
    }

    [Fact]
    public async Task Rsvp_MovedThenComingAfterAll_TheMoveIsWithdrawnAndNotReminded()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Rsvp);

        await client.PostAsync(path, Form(("answer", "other"), ("date", "2026-12-21")));
        var back = await client.PostAsync(path, Form(("answer", "yes")));
        var movedLink = await client.GetAsync(links.Path(LinkPages.Rsvp, date: new DateOnly(2026, 12, 21)));

        Assert.Contains("רשמנו שתגיעי.", await back.Content.ReadAsStringAsync());
        Assert.Equal([(PageLinks.ConferenceOn, true), (new DateOnly(2026, 12, 21), true)], await FollowUpsHub.InvitationsAsync(links.App.Services));
        Assert.Equal([new DateOnly(2026, 12, 7)], await links.App.Get<FollowUpStore>().InvitationsOfAsync(PageLinks.ParticipantId));
        var inputs = await links.App.Get<FollowUpInputsLoader>().LoadAsync();
        Assert.DoesNotContain(links.App.Get<FollowUpPlanner>().Plan(inputs.Data, new DateOnly(2026, 12, 18), inputs.State, inputs.Invitations).Items,
            i => i.Rule == FollowUpRules.Conference);
        Assert.Equal(HttpStatusCode.Gone, movedLink.StatusCode);
        Assert.Equal(["התשובה עכשיו: אגיע (במקום: אעדיף מועד אחר, יום שני, 21/12/2026)", "התשובה: אעדיף מועד אחר, יום שני, 21/12/2026"],
            await ActivitiesAsync(links));
    }

    [Fact]
    public async Task Rsvp_LastEveningBefore_ChangeTaken()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Rsvp);
        await client.PostAsync(path, Form(("answer", "yes")));

        At(links, new DateOnly(2026, 12, 6), 23);
        var changed = await client.PostAsync(path, Form(("answer", "no")));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await ActivitiesAsync(links)).Count);
    }

    [Fact]
    public async Task Rsvp_OnTheConferenceDay_ShowsTheAnswerAndTheCoordinatorToCallAndTakesNoChange()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Rsvp);
        await client.PostAsync(path, Form(("answer", "yes")));

        At(links, PageLinks.ConferenceOn, 7);
        var shown = await client.GetAsync(path);
        var refused = await client.PostAsync(path, Form(("answer", "no")));

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var html = await shown.Content.ReadAsStringAsync();
        Assert.Contains("רשמנו שתגיעי.", html);
        Assert.Contains("<dd>יום שני, 07/12/2026, בשעה 10:00</dd>", html);
        Assert.Contains("לשינוי או לשאלות אפשר להתקשר למיכל אברהם מהמרכז בכפר סבא:", html);
        Assert.DoesNotContain("<form", html);
        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Equal(["התשובה: אגיע"], await ActivitiesAsync(links));
        Assert.True((await links.App.Get<FollowUpStore>().InvitationAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn))!.Coming);
    }

    [Fact]
    public async Task Rsvp_RussianSpeaker_PageInRussianLeftToRight()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        await HubPeople.LinkAsync(links.App.Services, PageLinks.ParticipantId, language: "ru");
        using var client = links.App.Client();

        var html = await (await client.GetAsync(links.Path(LinkPages.Rsvp))).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ru\" dir=\"ltr\">", html);
        Assert.Contains("информационную встречу «Амца а-Дерех»", html);
        Assert.Contains("<dd>понедельник, 07.12.2026, в 10:00</dd>", html);
        Assert.Contains("Центр «Амца а-Дерех», ул. Вейцман 140, Кфар-Саба", html);
        Assert.Contains("href=\"/accessibility?lang=ru\"", html);
    }
}
