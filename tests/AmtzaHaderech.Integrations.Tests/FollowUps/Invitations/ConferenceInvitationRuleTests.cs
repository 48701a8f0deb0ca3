using AmtzaHaderech.Integrations.FollowUps.Invitations;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Invitations;

public sealed class ConferenceInvitationRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly FollowUpsOptions Calendar = new()
    {
        Conferences = new(StringComparer.Ordinal)
        {
            ["ksb"] = [new() { Date = new(2026, 11, 10) }, new() { Date = new(2026, 12, 20) }, new() { Date = new(2026, 11, 29) }],
            ["tlv"] = [new() { Date = new(2026, 10, 1) }],
        },
    };

    private static ReferralDecision Decision(
        string screening = ScreeningResults.Eligible, string outcome = Outcomes.Accepted, bool consented = true, string? center = "ksb",
        DateOnly? enrolledOn = null, bool intoEnrolled = false, bool unsubscribed = false, DateOnly? recordDate = null)
    {
        var record = new InboundRecord
        {
            Source = Sources.Municipal,
            Key = "7",
            IdempotencyKey = "kfar-saba:7",
            File = "list.csv",
            Row = 7,
            RecordDate = recordDate ?? new DateOnly(2026, 11, 1),
            RecruitmentChannel = RecruitmentChannels.Municipal,
            Raw = new Dictionary<string, string?>(),
            Consented = consented,
        };
        var result = new RecordResult { Key = "7", Outcome = outcome, Screening = screening, ParticipantId = "H1" };
        var person = new Participant
        {
            Id = "H1",
            RecruitmentChannel = RecruitmentChannels.Municipal,
            CreatedAt = DateTimeOffset.UnixEpoch,
            Center = center,
            EnrolledOn = enrolledOn,
            Unsubscribed = unsubscribed,
        };
        return new ReferralDecision(record, result, person, intoEnrolled);
    }

    [Fact]
    public void Decide_EligibleLead_InvitedToTheCentersNextConferenceAfterToday()
    {
        var outcome = ConferenceInvitationRule.Decide(Decision(), Today, Calendar, []);

        Assert.Equal(new InvitationDecision(new DateOnly(2026, 11, 29), InvitationReasons.Invited), outcome);
    }

    [Fact]
    public void Decide_RecordDatedAfterToday_NextConferenceAfterTheRecordsDay()
    {
        var outcome = ConferenceInvitationRule.Decide(Decision(recordDate: new DateOnly(2026, 12, 1)), Today, Calendar, []);

        Assert.Equal(new DateOnly(2026, 12, 20), outcome.ConferenceOn);
    }

    [Fact]
    public void Decide_AlreadyInvitedToAConferenceToCome_NotInvitedAgain()
    {
        var outcome = ConferenceInvitationRule.Decide(Decision(), Today, Calendar, [new DateOnly(2026, 11, 29)]);

        Assert.Equal(new InvitationDecision(null, InvitationReasons.AlreadyInvited), outcome);
    }

    [Fact]
    public void Decide_InvitedOnlyToAConferencePast_InvitedToTheNextOne()
    {
        var outcome = ConferenceInvitationRule.Decide(Decision(), Today, Calendar, [new DateOnly(2026, 11, 10)]);

        Assert.Equal(new DateOnly(2026, 11, 29), outcome.ConferenceOn);
    }

    [Theory]
    [InlineData(ScreeningResults.NotEligible, Outcomes.Accepted, true, InvitationReasons.NotEligible)]
    [InlineData(ScreeningResults.RoutingCall, Outcomes.Accepted, true, InvitationReasons.NotEligible)]
    [InlineData(ScreeningResults.Eligible, Outcomes.NoConsent, false, InvitationReasons.NotScreened)]
    [InlineData(ScreeningResults.Eligible, Outcomes.Merged, false, InvitationReasons.NoConsent)]
    [InlineData(ScreeningResults.Eligible, Outcomes.Review, true, InvitationReasons.NotScreened)]
    [InlineData(ScreeningResults.Eligible, Outcomes.Duplicate, true, InvitationReasons.NotScreened)]
    public void Decide_NotAnEligibleConsentedLead_NotInvited(string screening, string outcome, bool consented, string reason)
    {
        var decision = ConferenceInvitationRule.Decide(Decision(screening, outcome, consented), Today, Calendar, []);

        Assert.Equal(new InvitationDecision(null, reason), decision);
    }

    [Fact]
    public void Decide_MergedIntoAnEnrolledParticipant_NotInvited()
    {
        Assert.Equal(InvitationReasons.Enrolled, ConferenceInvitationRule.Decide(Decision(intoEnrolled: true), Today, Calendar, []).Reason);
        Assert.Equal(InvitationReasons.Enrolled,
            ConferenceInvitationRule.Decide(Decision(enrolledOn: new DateOnly(2025, 1, 1)), Today, Calendar, []).Reason);
    }

    [Fact]
    public void Decide_UnsubscribedOrNoCenter_NotInvited()
    {
        Assert.Equal(InvitationReasons.Unsubscribed, ConferenceInvitationRule.Decide(Decision(unsubscribed: true), Today, Calendar, []).Reason);
        Assert.Equal(InvitationReasons.NoCenter, ConferenceInvitationRule.Decide(Decision(center: null), Today, Calendar, []).Reason);
    }

    [Fact]
    public void Decide_NoConferenceScheduled_NoInvitation()
    {
        Assert.Equal(new InvitationDecision(null, InvitationReasons.NoConference),
            ConferenceInvitationRule.Decide(Decision(center: "tlv"), Today, Calendar, []));
        Assert.Equal(new InvitationDecision(null, InvitationReasons.NoConference),
            ConferenceInvitationRule.Decide(Decision(center: "mod"), Today, Calendar, []));
        Assert.Equal(InvitationReasons.NoConference, ConferenceInvitationRule.Decide(Decision(), Today, new FollowUpsOptions(), []).Reason);
    }
}
