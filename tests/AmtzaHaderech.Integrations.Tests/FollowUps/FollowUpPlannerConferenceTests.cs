using AmtzaHaderech.Integrations.FollowUps.Invitations;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using static AmtzaHaderech.Integrations.Tests.FollowUps.PlannerData;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// Conference reminders to leads SPOT does not know, reached through the hub's record of them.
public sealed class FollowUpPlannerConferenceTests
{
    private static Participant Lead(string id, bool sms = true, bool email = true) => new()
    {
        Id = id,
        FirstName = "רות",
        RecruitmentChannel = "municipal",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Center = "ksb",
        Phones = ["+97236123456", "+972521234567"],
        Emails = ["ruth@example.org"],
        SmsConsent = sms,
        EmailConsent = email,
    };

    private static ConferenceInvitation Invitation(Participant lead) =>
        new(lead.Id, Day("2018-06-10"), Answered: false, InviteeContact.From(lead.Id, lead));

    [Fact]
    public void Plan_LeadInvitedThroughTheHub_ConferenceReminderBySmsToTheMobile()
    {
        var lead = Lead("01HUBLEAD");
        var invitation = Invitation(lead);

        var item = Assert.Single(Planner().Plan(Snapshot([]), Day("2018-06-07"), PlannerState.Fresh, [invitation]).Items);

        Assert.Equal(("01HUBLEAD", FollowUpRules.Conference, Day("2018-06-07"), FollowUpChannels.Sms, FollowUpStatuses.Due),
            (item.ParticipantId, item.Rule, item.DueOn, item.Channel, item.Status));
        Assert.Equal("+972521234567", invitation.Contact!.Phone);
    }

    [Fact]
    public void Plan_LeadWithoutSmsConsent_ReminderByEmail()
    {
        var lead = Lead("01HUBLEAD", sms: false);
        var state = PlannerState.Fresh with { NoSms = new HashSet<string> { lead.Id } };

        var item = Assert.Single(Planner().Plan(Snapshot([]), Day("2018-06-07"), state, [Invitation(lead)]).Items);

        Assert.Equal(FollowUpChannels.Email, item.Channel);
    }

    [Fact]
    public void Plan_InvitationWithoutContactOrSpotRow_GoesToTheCoordinator()
    {
        var item = Assert.Single(Planner().Plan(Snapshot([]), Day("2018-06-07"), PlannerState.Fresh,
            [new ConferenceInvitation("01NOBODY", Day("2018-06-10"), Answered: false)]).Items);

        Assert.Equal(FollowUpStatuses.NoChannel, item.Status);
    }

    [Fact]
    public void Plan_SpotRowAndContact_SpotsRowWins()
    {
        var spot = new SpotParticipant { ParticipantId = "01HUBLEAD", Email = "spot@example.org", EnrolledOn = Day("2018-01-01") };

        var item = Assert.Single(Planner().Plan(Snapshot([spot]), Day("2018-06-07"), PlannerState.Fresh, [Invitation(Lead("01HUBLEAD"))]).Items,
            i => i.Rule == FollowUpRules.Conference);

        Assert.Equal(FollowUpChannels.Email, item.Channel);
    }
}
