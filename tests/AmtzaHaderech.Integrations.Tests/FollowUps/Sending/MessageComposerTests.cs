using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static AmtzaHaderech.Integrations.Tests.FollowUps.PlannerData;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Sending;

public class MessageComposerTests
{
    private static readonly DateOnly Due = new(2026, 11, 22);
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

    private static readonly LinkSigner Signer = new(Options.Create(new FollowUpSendingOptions
    {
        LinkSigningKey = "a-link-signing-key-of-at-least-32-characters",
        PublicBaseUrl = "https://amtza.example.org/",
    }), Clock);

    private static readonly MessageComposer Composer = new(Signer, ShippedDefaults.Directory(),
        Options.Create(new FollowUpSendingOptions { PublicBaseUrl = "https://amtza.example.org/" }), Options.Create(new FollowUpsOptions()));

    private static SpotParticipant Dana(string? center = "ksb") =>
        Person("P1", "2026-01-01", phone: "050-1234567", email: "dana@example.org", coordinator: "coord@example.org")
            with
        { FirstName = "דנה", LastName = "כהן", Center = center };

    private static FollowUpItem Item(string rule, string channel = FollowUpChannels.Sms, DateOnly? due = null) =>
        new("P1", rule, rule == FollowUpRules.Retention ? 6 : null, rule == FollowUpRules.Retention ? "E1" : null, due ?? Due, channel, FollowUpStatuses.Due, null);

    private static string LinkOf(OutgoingMessage message, char page) =>
        message.Lines.Select(l => l.Url).Single(u => u is not null && u.Contains($"/{page}/", StringComparison.Ordinal))!;

    [Fact]
    public void Compose_CheckIn_HasHerNameHerCentersPhoneHerLinkAndUnsubscribe()
    {
        var message = Composer.Compose(Item(FollowUpRules.Retention), Dana(), Snapshot([Dana()]))!;

        Assert.Equal(("+972501234567", "P1|retention|E1|6"), (message.To, message.Reference));
        Assert.StartsWith("שלום דנה, כאן מוצא הדרך.", message.Text, StringComparison.Ordinal);
        Assert.Contains("09-7654321", message.Text);
        var status = Signer.Read(LinkOf(message, LinkPages.Status).Split('/')[^1], LinkPages.Status);
        Assert.Equal((LinkCheck.Valid, "P1", FollowUpRules.Retention, Due), (status.Check, status.Token!.ParticipantId, status.Token.Rule, status.Token.Date));
        Assert.StartsWith("https://amtza.example.org/s/", LinkOf(message, LinkPages.Status), StringComparison.Ordinal);
        Assert.Equal(LinkCheck.Valid, Signer.Read(LinkOf(message, LinkPages.Unsubscribe).Split('/')[^1], LinkPages.Unsubscribe).Check);
    }

    [Fact]
    public void Compose_Reminder_HasItsOwnReferenceAndTheSamePurpose()
    {
        var first = Composer.Compose(Item(FollowUpRules.Quarterly), Dana(), Snapshot([Dana()]))!;
        var reminder = Composer.Compose(Item(FollowUpRules.Quarterly), Dana(), Snapshot([Dana()]), reminder: 2)!;

        Assert.Equal(first.Reference + "|reminder2", reminder.Reference);
        Assert.Contains("תזכורת", reminder.Text);
        Assert.Equal(Signer.Read(LinkOf(first, LinkPages.Status).Split('/')[^1], LinkPages.Status).Token!.PurposeKey,
            Signer.Read(LinkOf(reminder, LinkPages.Status).Split('/')[^1], LinkPages.Status).Token!.PurposeKey);
    }

    [Fact]
    public void Compose_Conference_NamesTheDayAndLinksToTheRsvp()
    {
        var message = Composer.Compose(Item(FollowUpRules.Conference, due: new DateOnly(2026, 12, 4)), Dana(), Snapshot([Dana()]))!;

        Assert.Contains("ביום שני 07/12/2026", message.Text);
        var rsvp = Signer.Read(LinkOf(message, LinkPages.Rsvp).Split('/')[^1], LinkPages.Rsvp).Token!;
        Assert.Equal(new DateOnly(2026, 12, 7), rsvp.Date);
    }

    [Fact]
    public void Compose_Meeting_NamesTheMeetingsDayFromSpot()
    {
        // Thursday's reminder is for Sunday's meeting (Israel's working days are Sunday to Thursday).
        var data = Snapshot([Dana()], activities: [Activity("A1", "P1", "2026-11-29", SpotCodes.Meeting)]);

        var message = Composer.Compose(Item(FollowUpRules.Meeting, due: new DateOnly(2026, 11, 26)), Dana(), data)!;

        Assert.Contains("ביום ראשון 29/11/2026", message.Text);
        Assert.DoesNotContain("/s/", message.Text);
    }

    [Fact]
    public void Compose_ExitCheck_IsAnEmailToTheCoordinatorWithoutLinks()
    {
        var data = Snapshot([Dana()], [Job("E1", "P1", "2026-05-22") with { Employer = "תנובה" }]);

        var message = Composer.Compose(Item(FollowUpRules.Exit, FollowUpChannels.Email) with { EpisodeId = "E1", Months = 6 }, Dana(), data)!;

        Assert.Equal("coord@example.org", message.To);
        Assert.Contains("דנה כהן", message.Text);
        Assert.Contains("בתנובה", message.Text);
        Assert.Contains("found_work", message.Text);
        Assert.DoesNotContain(message.Lines, l => l.Url is not null);
    }

    [Fact]
    public void Compose_UnknownCenter_GivesTheFirstCentersPhone() =>
        Assert.Contains("03-7654321", Composer.Compose(Item(FollowUpRules.Quarterly), Dana(center: null), Snapshot([Dana()]))!.Text);

    [Fact]
    public void Html_IsRightToLeftAndEscaped()
    {
        var message = new OutgoingMessage("r", FollowUpChannels.Email, "a@b.c", "s", [new("<b>שלום</b>", "https://x.test/s/a&b", "למילוי")]);

        Assert.StartsWith("<div dir=\"rtl\" lang=\"he\"", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;שלום&lt;/b&gt;", message.Html);
        Assert.Contains("href=\"https://x.test/s/a&amp;b\"", message.Html);
    }
}
