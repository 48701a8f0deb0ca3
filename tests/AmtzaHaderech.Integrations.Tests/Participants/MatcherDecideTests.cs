using AmtzaHaderech.Integrations.Participants;
using static AmtzaHaderech.Integrations.Tests.Participants.People;

namespace AmtzaHaderech.Integrations.Tests.Participants;

/// docs/matching.md with several candidates: one decision from every stored person sharing a key.
public sealed class MatcherDecideTests
{
    private static readonly DateOnly Birth = Date("1968-03-14");

    [Fact]
    public void Decide_NoCandidates_NewPersonRule5()
    {
        var decision = Matcher.Decide(Incoming(), []);
        Assert.Equal((DecisionKind.NewPerson, 5, (string?)null, "rule5"), (decision.Kind, decision.Rule, decision.ParticipantId, decision.RuleName));
    }

    [Fact]
    public void Decide_OneSamePerson_MergedIntoIt()
    {
        var decision = Matcher.Decide(Incoming(birthDate: Birth), [Stored("p1", phone: OtherPhone), Stored("p2", birthDate: Birth)]);
        Assert.Equal((DecisionKind.Merge, 2, "p2"), (decision.Kind, decision.Rule, decision.ParticipantId));
        Assert.Equal(
            [new CandidateMatch("p1", MatchVerdict.NoMatch, 5), new CandidateMatch("p2", MatchVerdict.SamePerson, 2)],
            decision.Candidates);
    }

    [Fact]
    public void Decide_TwoDifferentPeopleEachSame_ReviewWithLowestRule()
    {
        var decision = Matcher.Decide(Incoming(nationalId: "103456786", birthDate: Birth),
            [Stored("p1", nationalId: "103456786", phone: OtherPhone), Stored("p2", birthDate: Birth)]);
        Assert.Equal((DecisionKind.Review, 1, (string?)null), (decision.Kind, decision.Rule, decision.ParticipantId));
    }

    [Fact]
    public void Decide_OneSameOneReview_MergedIntoTheSameOne()
    {
        var decision = Matcher.Decide(Incoming(birthDate: Birth),
            [Stored("spouse", first: "דוד", birthDate: Date("1965-01-01")), Stored("p2", birthDate: Birth)]);
        Assert.Equal((DecisionKind.Merge, 2, "p2"), (decision.Kind, decision.Rule, decision.ParticipantId));
    }

    [Fact]
    public void Decide_NoneSameOneReview_ReviewRule4()
    {
        var decision = Matcher.Decide(Incoming("דוד", "לוי"), [Stored("p1", phone: OtherPhone), Stored("p2")]);
        Assert.Equal((DecisionKind.Review, 4, (string?)null), (decision.Kind, decision.Rule, decision.ParticipantId));
    }

    [Fact]
    public void Decide_OnlyDifferentPeopleByRule1_NewPerson()
    {
        // The spouse shares the phone and e-mail but has another ID: a new person, not a review.
        var decision = Matcher.Decide(Incoming(nationalId: "123456782", email: "levi@example.org", birthDate: Birth),
            [Stored("spouse", nationalId: "103456786", email: "levi@example.org", birthDate: Birth)]);
        Assert.Equal(DecisionKind.NewPerson, decision.Kind);
        Assert.Equal(MatchVerdict.DifferentPeople, Assert.Single(decision.Candidates).Verdict);
    }
}
