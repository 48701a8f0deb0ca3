using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.IntegrationTests.Workshops;

/// The workshops' messages through the follow-ups scheduler: the invitation once for the
/// sessions of the next weeks, the reminders 3 days and the morning before, a freed seat offered
/// to the first person waiting with a day to take it, each once however often the scheduler runs.
[Collection(StorageCollection.Name)]
public sealed class WorkshopMessagesTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Sunday = new(2026, 11, 22);

    private static DateTimeOffset At(DateOnly day, int hour = 10, int minute = 0) => IsraelTime.At(day, new TimeOnly(hour, minute));

    private async Task<(TestHub Hub, RecordingChannel Sms)> StartAsync(int cvSeats = 2, params string[] people)
    {
        var (hub, sms, _) = await FollowUpsHub.RecordingAsync(azurite, Sunday, WorkshopCalendars.Ksb(cvSeats));
        // Enrolled this month: no check-in falls due beside the workshop messages.
        await FollowUpsHub.MirrorAsync(hub, new SpotSnapshot(
            [.. people.Select((id, i) => FollowUpData.Person(id, new DateOnly(2026, 11, 1), phone: $"050-12345{i:D2}", center: "ksb") with { Gender = "F" })], [], []));
        return (hub, sms);
    }

    private static WorkshopSession Cv(TestHub hub) => WorkshopCalendar.Find(hub.Get<IOptions<FollowUpsOptions>>().Value, WorkshopCalendars.CvSession)!;

    [Fact]
    public async Task RunAsync_CenterHasWorkshopsInTheNextWeeks_OneInvitationWithTheWorkshopsPageLink()
    {
        var (hub, sms) = await StartAsync(2, "P001");
        await using var _ = hub;

        var first = await FollowUpsHub.RunAtAsync(hub, At(Sunday));
        await FollowUpsHub.RunAtAsync(hub, At(Sunday, 10, 30));
        await FollowUpsHub.RunAtAsync(hub, At(Sunday.AddDays(1)));

        var item = Assert.Single(first.Sent);
        Assert.Equal(FollowUpRules.Workshop, item.Rule);
        var (message, _) = Assert.Single(sms.Sent);
        Assert.Equal("שלום דנה, אמצע הדרך מזמינים אותך לסדנאות במרכז בשבועות הקרובים. מספר המקומות מוגבל.", message.Lines[0].Text);
        var link = await FollowUpsHub.LinkOfAsync(hub, message);
        Assert.Equal((LinkPages.Workshops, "P001"), (link.Page, link.ParticipantId));
    }

    [Fact]
    public async Task RunAsync_SignedUp_RemindedThreeDaysAndTheMorningBeforeOnceEach()
    {
        var (hub, sms) = await StartAsync(2, "P001");
        await using var _ = hub;
        await FollowUpsHub.RunAtAsync(hub, At(Sunday)); // the invitation
        hub.Clock.SetUtcNow(At(Sunday, 12));
        await hub.Get<WorkshopSeats>().SignUpAsync(Cv(hub), "P001");

        var days = new[] { new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 3) };
        foreach (var day in days)
        {
            await FollowUpsHub.RunAtAsync(hub, At(day));
            await FollowUpsHub.RunAtAsync(hub, At(day, 10, 30));
        }

        var reminders = sms.Sent.Skip(1).ToList();
        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)], reminders.Select(r => IsraelTime.DateOf(r.At)));
        Assert.All(reminders, r => Assert.Equal(
            "שלום דנה, תזכורת: נרשמת לסדנה \"סדנת קורות חיים\" ביום חמישי 03/12 בשעה 10:00, מרכז אמצע הדרך, רחוב ויצמן 140, כפר סבא.", r.Message.Lines[0].Text));
    }

    [Fact]
    public async Task RunAsync_SeatCancelled_OfferedToTheFirstWaitingThenTheNextAfterADay()
    {
        var (hub, sms) = await StartAsync(1, "P001", "P002", "P003");
        await using var _ = hub;
        var seats = hub.Get<WorkshopSeats>();
        await FollowUpsHub.RunAtAsync(hub, At(Sunday)); // three invitations
        hub.Clock.SetUtcNow(At(Sunday, 12));
        foreach (var id in new[] { "P001", "P002", "P003" }) await seats.SignUpAsync(Cv(hub), id);
        await seats.CancelAsync(WorkshopCalendars.CvSession, "P001");

        var monday = Sunday.AddDays(1);
        await FollowUpsHub.RunAtAsync(hub, At(monday));
        await FollowUpsHub.RunAtAsync(hub, At(monday, 10, 30));
        var offer = Assert.Single(sms.Sent.Skip(3));
        Assert.Equal("+972501234501", offer.Message.To); // P002, the first waiting
        Assert.Equal("שלום דנה, התפנה מקום בסדנה \"סדנת קורות חיים\" ביום חמישי 03/12 בשעה 10:00. המקום שמור לך עד יום שלישי, 24/11/2026, בשעה 10:00.",
            offer.Message.Lines[0].Text);
        Assert.Equal(LinkPages.Workshops, (await FollowUpsHub.LinkOfAsync(hub, offer.Message)).Page);

        // She does not take it in time: the next run after the day offers it to P003.
        await FollowUpsHub.RunAtAsync(hub, At(monday.AddDays(1), 10, 30));
        var next = Assert.Single(sms.Sent.Skip(4));
        Assert.Equal("+972501234502", next.Message.To);
        Assert.Equal(SignUpStates.Lapsed, (await seats.SignUpOfAsync(WorkshopCalendars.CvSession, "P002"))!.State);
        Assert.Equal(1, (await seats.CountAsync(WorkshopCalendars.CvSession)).Held);
    }
}
