using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// An eligible Employment Service lead (not in SPOT) invited to the Kfar Saba conference of
/// Sunday 29 November 2026, reminded on Thursday the 26th through the hub's record of them.
[Collection(StorageCollection.Name)]
public sealed class ConferenceInvitationTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly ConferenceOn = new(2026, 11, 29);
    private static readonly DateOnly ReminderDay = new(2026, 11, 26);

    private static readonly Dictionary<string, string?> Calendar = new(DemoCommand.ConferenceVenues)
    {
        ["FollowUps:Conferences:ksb:0"] = "2026-11-10",
        ["FollowUps:Conferences:ksb:1"] = "2026-11-29",
        ["FollowUps:Conferences:ksb:2"] = "2026-12-27",
    };

    private async Task<(TestHub Hub, RecordingChannel Sms, string LeadId)> InvitedAsync()
    {
        var (hub, sms, _) = await FollowUpsHub.RecordingAsync(azurite, Today, Calendar);
        var imported = await ImportAsync(hub);
        var record = Assert.Single(imported.Records);
        Assert.Equal((Outcomes.Accepted, ScreeningResults.Eligible), (record.Outcome, record.Screening));
        return (hub, sms, record.ParticipantId!);
    }

    // Referral 800001 of Kfar Saba, dated today: 58, six months out of work, 25 years' experience.
    private static Task<FileResult> ImportAsync(TestHub hub)
    {
        var bytes = new EsFileBuilder().Add(EsFileBuilder.Row(1)).Build();
        return hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile("es-referrals_4521_20261123_01.csv", bytes.Length, () => new MemoryStream(bytes)));
    }

    // The token of the lead's RSVP link to the conference, as the page reads it.
    private static LinkToken RsvpToken(TestHub hub, string lead)
    {
        var signer = hub.Get<LinkSigner>();
        return signer.Read(signer.Sign(signer.Issue(LinkPages.Rsvp, lead, FollowUpRules.Conference, ConferenceOn)), LinkPages.Rsvp).Token!;
    }

    private static Task<FollowUpRunResult> RunAt(TestHub hub, DateOnly day, int hour) =>
        FollowUpsHub.RunAtAsync(hub, IsraelTime.At(day, new TimeOnly(hour, 0)));

    [Fact]
    public async Task Import_EligibleLead_InvitedOnceToTheCentersNextConference()
    {
        var (hub, _, lead) = await InvitedAsync();
        await using var _h = hub;

        var again = await ImportAsync(hub);

        Assert.Equal(Outcomes.Duplicate, Assert.Single(again.Records).Outcome);
        var invitation = Assert.Single((await hub.Get<FollowUpStore>().LoadAsync()).Invitations);
        Assert.Equal((lead, ConferenceOn, false), (invitation.ParticipantId, invitation.ConferenceOn, invitation.Answered));
    }

    [Fact]
    public async Task RunAsync_ThreeDaysBefore_OneReminderToTheLeadsMobileNoneInQuietTime()
    {
        var (hub, sms, lead) = await InvitedAsync();
        await using var _h = hub;

        var before = await RunAt(hub, ReminderDay.AddDays(-1), 10);
        var early = await RunAt(hub, ReminderDay, 7);
        var inputs = await hub.Get<FollowUpInputsLoader>().LoadAsync();
        var planned = Assert.Single(hub.Get<FollowUpPlanner>().Plan(inputs.Data, ReminderDay, inputs.State, inputs.Invitations).Items);
        var due = await RunAt(hub, ReminderDay, 10);
        var later = await RunAt(hub, ReminderDay, 12);
        var nextDay = await RunAt(hub, ReminderDay.AddDays(1), 10);

        Assert.Empty(before.Sent);
        Assert.Empty(early.Sent);
        Assert.Equal((lead, FollowUpRules.Conference, FollowUpChannels.Sms), (planned.ParticipantId, planned.Rule, planned.Channel));
        Assert.Equal((lead, FollowUpRules.Conference), (Assert.Single(due.Sent).ParticipantId, due.Sent[0].Rule));
        Assert.Empty(later.Sent);
        Assert.Empty(nextDay.Sent);
        var (message, at) = Assert.Single(sms.Sent);
        Assert.Equal("+972502000001", message.To);
        Assert.Equal(IsraelTime.At(ReminderDay, new TimeOnly(10, 0)), at);
        Assert.Contains("שלום דנה", message.Text);
        Assert.Contains("ביום ראשון 29/11 בשעה 10:00, מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא", message.Text);
        Assert.Contains("09-7654321", message.Text);
        var rsvp = await FollowUpsHub.LinkOfAsync(hub, message);
        Assert.Equal((LinkPages.Rsvp, lead, ConferenceOn), (rsvp.Page, rsvp.ParticipantId, rsvp.Date));
    }

    [Fact]
    public async Task RunAsync_AnsweredThroughTheRsvpLink_NoReminderAndSpotHearsOfIt()
    {
        var (hub, sms, lead) = await InvitedAsync();
        await using var _h = hub;
        var link = RsvpToken(hub, lead);

        Assert.Equal(RsvpOutcome.Recorded, await hub.Get<RsvpAnswersStore>().RecordAsync(link, new RsvpChoice(true, null)));
        var run = await RunAt(hub, ReminderDay, 10);

        Assert.Empty(run.Sent);
        Assert.Empty(sms.Sent);
        Assert.True(Assert.Single((await hub.Get<FollowUpStore>().LoadAsync()).Invitations).Answered);
        var changes = await hub.Get<SpotOutbox>().ChangesAsync(lead, "pending");
        Assert.Contains(changes, c => c.Change.Kind == SpotChangeKinds.Activity && c.Change.Activity?.Outcome == "התשובה: אגיע");
    }

    [Fact]
    public async Task RunAsync_MovedToTheNextConference_RemindedThreeDaysBeforeTheNewDayOnly()
    {
        var (hub, sms, lead) = await InvitedAsync();
        await using var _h = hub;
        var link = RsvpToken(hub, lead);
        var movedTo = new DateOnly(2026, 12, 27);

        Assert.Equal(RsvpOutcome.Recorded, await hub.Get<RsvpAnswersStore>().RecordAsync(link, new RsvpChoice(false, movedTo)));
        Assert.Equal(RsvpOutcome.Unchanged, await hub.Get<RsvpAnswersStore>().RecordAsync(link, new RsvpChoice(false, movedTo)));
        var oldDay = await RunAt(hub, ReminderDay, 10);
        var dayBefore = await RunAt(hub, new DateOnly(2026, 12, 23), 10);
        var newDay = await RunAt(hub, new DateOnly(2026, 12, 24), 10);

        Assert.Empty(oldDay.Sent);
        Assert.Empty(dayBefore.Sent);
        var sent = Assert.Single(newDay.Sent);
        Assert.Equal((lead, FollowUpRules.Conference, new DateOnly(2026, 12, 24)), (sent.ParticipantId, sent.Rule, sent.DueOn));
        var (message, at) = Assert.Single(sms.Sent);
        Assert.Equal(IsraelTime.At(new DateOnly(2026, 12, 24), new TimeOnly(10, 0)), at);
        Assert.Contains("27/12", message.Text);
        var rsvp = await FollowUpsHub.LinkOfAsync(hub, message);
        Assert.Equal((lead, movedTo), (rsvp.ParticipantId, rsvp.Date));
        Assert.Equal([(ConferenceOn, true), (movedTo, false)], await FollowUpsHub.InvitationsAsync(hub.Services));
        var changes = await hub.Get<SpotOutbox>().ChangesAsync(lead, "pending");
        Assert.Contains(changes, c => c.Change.Activity?.Outcome == "התשובה: אעדיף מועד אחר, יום ראשון, 27/12/2026");
    }
}
