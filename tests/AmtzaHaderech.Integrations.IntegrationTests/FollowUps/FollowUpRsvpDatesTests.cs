using System.Net;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Outbox;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.PageLinks;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The RSVP page's "I'd rather another date" over HTTP: דנה, invited to Kfar Saba's conference
/// of Monday 7 December 2026, is offered the center's next three conferences.
[Collection(StorageCollection.Name)]
public sealed class FollowUpRsvpDatesTests(AzuriteFixture azurite)
{
    private static readonly DateOnly MovedTo = new(2026, 12, 21);

    private static async Task<PageLinks> InvitedAsync(AzuriteFixture azurite)
    {
        var links = await PageLinks.StartAsync(azurite, PageLinks.Calendar);
        await links.App.Get<FollowUpStore>().InviteAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);
        return links;
    }

    private static Task<IReadOnlyList<(DateOnly ConferenceOn, bool Answered)>> InvitationsAsync(PageLinks links) =>
        FollowUpsHub.InvitationsAsync(links.App.Services);

    // The conference reminders the scheduler's plan holds for her at a day.
    private static async Task<IReadOnlyList<FollowUpItem>> RemindersAt(PageLinks links, DateOnly day)
    {
        var inputs = await links.App.Get<FollowUpInputsLoader>().LoadAsync();
        var plan = links.App.Get<FollowUpPlanner>().Plan(inputs.Data, day, inputs.State, inputs.Invitations);
        return [.. plan.Items.Where(i => i.Rule == FollowUpRules.Conference)];
    }

    [Fact]
    public async Task Get_CenterHasLaterConferences_ListsTheNextThreeWithHebrewDays()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var html = await (await client.GetAsync(links.Path(LinkPages.Rsvp))).Content.ReadAsStringAsync();

        Assert.Contains("<legend>אעדיף מועד אחר</legend>", html);
        Assert.Contains(">יום שני, 21/12/2026</label>", html);
        Assert.Contains(">יום שני, 04/01/2027</label>", html);
        Assert.Contains(">יום שני, 18/01/2027</label>", html);
        Assert.DoesNotContain("01/02/2027", html);
        Assert.DoesNotContain("09/11/2026", html);
        Assert.Equal(3, html.Split("type=\"radio\" id=\"date-").Length - 1);
    }

    [Fact]
    public async Task Get_NoLaterConference_OnlyComingOrNot()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var html = await (await client.GetAsync(links.Path(LinkPages.Rsvp, date: new DateOnly(2027, 2, 1)))).Content.ReadAsStringAsync();

        Assert.Contains("אגיע", html);
        Assert.DoesNotContain("type=\"radio\"", html);
    }

    [Fact]
    public async Task Post_OtherDate_OldAnsweredNewInvitedRemindedThreeDaysBeforeAndSpotHearsOfIt()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        Assert.Single(await RemindersAt(links, new DateOnly(2026, 12, 4)));

        var response = await client.PostAsync(links.Path(LinkPages.Rsvp), Form(("answer", "other"), ("date", "2026-12-21")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("רשמנו שתעדיפו את הכנס של יום שני, 21/12/2026.", html);
        Assert.Contains("<dd>יום שני, 21/12/2026, בשעה 10:00</dd>", html);
        Assert.Equal([(PageLinks.ConferenceOn, true), (MovedTo, false)], await InvitationsAsync(links));
        Assert.Empty(await RemindersAt(links, new DateOnly(2026, 12, 4)));
        Assert.Empty(await RemindersAt(links, new DateOnly(2026, 12, 17)));
        var reminder = Assert.Single(await RemindersAt(links, new DateOnly(2026, 12, 18)));
        Assert.Equal((PageLinks.ParticipantId, new DateOnly(2026, 12, 18), FollowUpStatuses.Due), (reminder.ParticipantId, reminder.DueOn, reminder.Status));
        var change = Assert.Single(await FollowUpsHub.SpotOutboxAsync(links.App.Services, PageLinks.ParticipantId));
        Assert.Equal(SpotChangeKinds.Activity, change.Kind);
        Assert.Equal(("אישור הגעה לכנס חשיפה 07/12/2026", "התשובה: אעדיף מועד אחר, יום שני, 21/12/2026"),
            (change.Activity!.Title, change.Activity.Outcome));
    }

    [Theory]
    [InlineData("2027-02-01")] // a conference of her center, but not one offered
    [InlineData("2026-12-07")] // the day she is invited to
    [InlineData("2026-12-22")] // no conference then
    [InlineData("")]
    public async Task Post_DateNotOffered_RefusedWithAnErrorAndNothingRecorded(string date)
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var refused = await client.PostAsync(links.Path(LinkPages.Rsvp), Form(("answer", "other"), ("date", date)));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("<a href=\"#date-2026-12-21\">", html);
        Assert.Contains(date.Length == 0 ? "נא לבחור את המועד המתאים מהרשימה." : "המועד שנשלח אינו אחד המועדים ברשימה", html);
        Assert.Equal([(PageLinks.ConferenceOn, false)], await InvitationsAsync(links));
        Assert.Empty(await FollowUpsHub.SpotOutboxAsync(links.App.Services, PageLinks.ParticipantId));
        await foreach (var _c in links.App.Get<FollowUpQueries>().PendingSpotChangesAsync()) Assert.Fail("a change was recorded");

        // The link still works: the refusal used nothing.
        var answered = await client.PostAsync(links.Path(LinkPages.Rsvp), Form(("answer", "yes")));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal([(PageLinks.ConferenceOn, true)], await InvitationsAsync(links));
    }

    [Fact]
    public async Task Post_OtherDateThroughATamperedOrExpiredLink_PolitePageAndNothingRecorded()
    {
        var links = await InvitedAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();
        var path = links.Path(LinkPages.Rsvp);

        var tampered = await client.PostAsync(PageLinks.Tampered(path), Form(("answer", "other"), ("date", "2026-12-21")));
        links.App.Clock.Advance(TimeSpan.FromDays(31));
        var expired = await client.PostAsync(path, Form(("answer", "other"), ("date", "2026-12-21")));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Gone), (tampered.StatusCode, expired.StatusCode));
        Assert.Contains("הקישור אינו פעיל", await expired.Content.ReadAsStringAsync());
        Assert.Equal([(PageLinks.ConferenceOn, false)], await InvitationsAsync(links));
        Assert.Empty(await FollowUpsHub.SpotOutboxAsync(links.App.Services, PageLinks.ParticipantId));
    }
}
