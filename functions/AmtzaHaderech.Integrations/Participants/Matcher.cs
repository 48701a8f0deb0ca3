using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Participants;

public enum MatchVerdict { SamePerson, DifferentPeople, Review, NoMatch }

public sealed record PairMatch(MatchVerdict Verdict, int Rule);

public enum DecisionKind { NewPerson, Merge, Review }

/// The outcome of matching one record against every candidate: `Rule` is 1-5 as docs/matching.md
/// numbers them, and `Candidates` explains the decision (referrals show).
public sealed record MatchDecision(DecisionKind Kind, int Rule, string? ParticipantId, IReadOnlyList<CandidateMatch> Candidates)
{
    public string RuleName => "rule" + Rule;
}

public sealed record CandidateMatch(string ParticipantId, MatchVerdict Verdict, int Rule);

/// docs/matching.md's rules, in order; the first that applies decides. Pure: no storage.
internal static class Matcher
{
    private const double NameSimilarityThreshold = 0.92;

    public static MatchDecision Decide(PersonDetails incoming, IEnumerable<Participant> candidates)
    {
        var matches = candidates
            .Select(c => Compare(incoming, c) switch { var m => new CandidateMatch(c.Id, m.Verdict, m.Rule) })
            .ToList();
        var same = matches.Where(m => m.Verdict == MatchVerdict.SamePerson).ToList();
        if (same.Count == 1)
            return new MatchDecision(DecisionKind.Merge, same[0].Rule, same[0].ParticipantId, matches);
        if (same.Count > 1)
            return new MatchDecision(DecisionKind.Review, same.Min(m => m.Rule), null, matches);
        var review = matches.Where(m => m.Verdict == MatchVerdict.Review).ToList();
        if (review.Count > 0)
            return new MatchDecision(DecisionKind.Review, 4, null, matches);
        return new MatchDecision(DecisionKind.NewPerson, 5, null, matches);
    }

    public static PairMatch Compare(PersonDetails incoming, Participant existing)
    {
        if (incoming.NationalId is not null && existing.NationalId is not null)
            return incoming.NationalId == existing.NationalId
                ? new PairMatch(MatchVerdict.SamePerson, 1)
                : new PairMatch(MatchVerdict.DifferentPeople, 1);

        var sharesContact = incoming.Phones.Any(existing.Phones.Contains)
            || (incoming.Email is not null && existing.Emails.Contains(incoming.Email));
        if (!sharesContact) return new PairMatch(MatchVerdict.NoMatch, 5);

        if (incoming.BirthDate is { } date && existing.BirthDate == date)
            return new PairMatch(MatchVerdict.SamePerson, 2);

        var birthDatesDisagree = BirthDatesDisagree(incoming.BirthDate, incoming.BirthYear, existing.BirthDate, existing.BirthYear);
        if (!birthDatesDisagree && NamesAgree(incoming, existing))
            return new PairMatch(MatchVerdict.SamePerson, 3);
        return new PairMatch(MatchVerdict.Review, 4);
    }

    /// A birth year alone never makes "same birth date"; it only disagrees with another year.
    public static bool BirthDatesDisagree(DateOnly? dateA, int? yearA, DateOnly? dateB, int? yearB)
    {
        if (dateA is { } a && dateB is { } b) return a != b;
        var ya = dateA?.Year ?? yearA;
        var yb = dateB?.Year ?? yearB;
        return ya is not null && yb is not null && ya != yb;
    }

    public static bool NamesAgree(PersonDetails incoming, Participant existing)
    {
        var names = existing.AlternativeNames.Prepend(new PersonName(existing.FirstName, existing.LastName));
        return names.Any(name => NamesAgree(incoming.FirstName, incoming.LastName, name.FirstName, name.LastName));
    }

    public static bool NamesAgree(string firstA, string lastA, string firstB, string lastB)
    {
        var (fa, la, fb, lb) = (HebrewText.NormalizeName(firstA), HebrewText.NormalizeName(lastA),
            HebrewText.NormalizeName(firstB), HebrewText.NormalizeName(lastB));
        if (fa.Length == 0 && la.Length == 0) return false;
        if (fa == fb && la == lb) return true;
        if (fa == lb && la == fb) return true;
        var fullA = (fa + " " + la).Trim();
        var fullB = (fb + " " + lb).Trim();
        var script = HebrewText.ScriptOf(fullA);
        return script == HebrewText.ScriptOf(fullB)
            && NameSimilarity.JaroWinkler(fullA, fullB) >= NameSimilarityThreshold;
    }
}
