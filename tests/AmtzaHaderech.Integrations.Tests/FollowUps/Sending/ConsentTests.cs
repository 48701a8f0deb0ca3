using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Participants;
using static AmtzaHaderech.Integrations.Tests.FollowUps.PlannerData;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Sending;

/// Consent per channel: from how the person arrived, applied by the planner's channel choice.
public class ConsentTests
{
    private static Participant Hub(string spotId, bool sms, bool email, params string[] sources) => new()
    {
        Id = "hub-" + spotId,
        SpotId = spotId,
        RecruitmentChannel = "intake",
        Sources = [.. sources],
        SmsConsent = sms,
        EmailConsent = email,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static string ChannelOf(ConsentBook consents) =>
        Assert.Single(Planner().Plan(Snapshot([Person("P1", "2018-01-01", phone: "050-1234567", email: "p1@example.org")]),
            Day("2018-06-01"), new FollowUpLedger().ToPlannerState(consents)).Items).Channel;

    [Fact]
    public void From_SpotOnlyPerson_ContactableOnBoth() =>
        Assert.Equal(FollowUpChannels.Sms, ChannelOf(ConsentBook.From([Hub("P1", sms: false, email: false, "spot:P1")])));

    [Fact]
    public void From_IntakeWithoutSmsConsent_GoesByEmail() =>
        Assert.Equal(FollowUpChannels.Email, ChannelOf(ConsentBook.From([Hub("P1", sms: false, email: true, "intake:f:1", "spot:P1")])));

    [Fact]
    public void From_IntakeWithNeitherConsent_GoesToTheCoordinator() =>
        Assert.Equal(FollowUpChannels.None, ChannelOf(ConsentBook.From([Hub("P1", sms: false, email: false, "intake:f:1")])));

    [Fact]
    public void From_UnsubscribedOnTheHubRecord_GoesToTheCoordinator() =>
        Assert.Equal(FollowUpChannels.None, ChannelOf(ConsentBook.From([Hub("P1", sms: true, email: true, "es:1") with { Unsubscribed = true }])));
}
