using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// What the scheduler's messages say to each person: SPOT's gender, the language the hub's
/// record holds (SPOT has none), one short link that opens their page, and few SMS parts.
[Collection(StorageCollection.Name)]
public sealed class FollowUpMessagesTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static SpotParticipant Person(string id, string? gender, string phone) =>
        FollowUpData.Person(id, new DateOnly(2026, 1, 1), phone: phone, center: "ksb") with { FirstName = "דנה", Gender = gender };

    [Fact]
    public async Task RunAsync_CheckIns_EachInTheirLanguageAndGenderWithOneShortLink()
    {
        var (hub, sms, _) = await FollowUpsHub.RecordingAsync(azurite, Today);
        await using var _h = hub;
        await FollowUpsHub.MirrorAsync(hub, new SpotSnapshot(
            [Person("P1", "F", "050-1000001"), Person("P2", "M", "050-1000002"), Person("P3", null, "050-1000003"),
                Person("P4", null, "050-1000004"), Person("P5", "F", "050-1000005")], [], []));
        await HubPeople.LinkAsync(hub.Services, "P4", gender: "M", language: "ar");
        await HubPeople.LinkAsync(hub.Services, "P5", language: "ru");

        await FollowUpsHub.RunAtAsync(hub, IsraelTime.At(Today, new TimeOnly(10, 0)));

        var byPhone = sms.Sent.ToDictionary(s => s.Message.To, s => s.Message);
        Assert.StartsWith("שלום דנה, כאן אמצע הדרך. את עובדת עכשיו?", byPhone["+972501000001"].Text, StringComparison.Ordinal);
        Assert.StartsWith("שלום דנה, כאן אמצע הדרך. אתה עובד עכשיו?", byPhone["+972501000002"].Text, StringComparison.Ordinal);
        Assert.StartsWith("שלום דנה, כאן אמצע הדרך. אתם עובדים עכשיו?", byPhone["+972501000003"].Text, StringComparison.Ordinal);
        Assert.StartsWith("مرحبًا דנה، معك أمتسع هديرخ. هل تعمل الآن؟", byPhone["+972501000004"].Text, StringComparison.Ordinal);
        Assert.Contains("Это «Амца а-Дерех». Вы сейчас работаете?", byPhone["+972501000005"].Text);
        Assert.Equal(("ar", "ru"), (byPhone["+972501000004"].Language!.Code, byPhone["+972501000005"].Language!.Code));
        foreach (var message in byPhone.Values)
        {
            var link = await FollowUpsHub.LinkOfAsync(hub, message);
            Assert.Equal((LinkPages.Status, "quarterly"), (link.Page, link.Rule));
            Assert.DoesNotContain("/s/", message.Text);
            Assert.DoesNotContain("/u/", message.Text);
        }
        Assert.All(byPhone.Values.Where(m => m.Language?.Code == "he"), m => Assert.True(m.Sms.Segments <= 2, m.Text));
    }

    [Fact]
    public async Task RunAsync_LeadWhoChoseRussian_ConferenceReminderInRussianWithTimeAndPlace()
    {
        var (hub, sms, _) = await FollowUpsHub.RecordingAsync(azurite, Today,
            new(DemoCommand.ConferenceVenues) { ["FollowUps:Conferences:ksb:0"] = "2026-11-29" });
        await using var _h = hub;
        await hub.Get<ParticipantStore>().SavePersonAsync(new Participant
        {
            Id = "LEAD1",
            FirstName = "Ольга",
            LastName = "Петрова",
            Gender = "F",
            Language = "ru",
            Phones = ["+972527654321"],
            City = "רעננה",
            Center = "ksb",
            RecruitmentChannel = "intake",
            Sources = ["form:1"],
            SmsConsent = true,
            CreatedAt = DateTimeOffset.UnixEpoch,
        }, null);
        await hub.Get<FollowUpStore>().InviteAsync("LEAD1", new DateOnly(2026, 11, 29));

        await FollowUpsHub.RunAtAsync(hub, IsraelTime.At(Today, new TimeOnly(10, 0)));

        var (message, _) = Assert.Single(sms.Sent);
        Assert.Equal("ru", message.Language!.Code);
        Assert.StartsWith("Ольга, здравствуйте! Ждём вас на информационной встрече «Амца а-Дерех» в воскресенье, 29.11, в 10:00. " +
            "Адрес: Центр «Амца а-Дерех», ул. Вейцман 140, Кфар-Саба.", message.Text, StringComparison.Ordinal);
        var rsvp = await FollowUpsHub.LinkOfAsync(hub, message);
        Assert.Equal((LinkPages.Rsvp, new DateOnly(2026, 11, 29)), (rsvp.Page, rsvp.Date));
        Assert.Equal(SmsSegments.Ucs2, message.Sms.Encoding);
    }
}
