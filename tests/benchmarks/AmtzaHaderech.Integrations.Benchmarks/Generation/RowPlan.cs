using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Benchmarks.Generation;

public enum RowKind { NewPerson, Repeat, Rejected, Duplicate }

public enum RejectionKind { None, NationalId, Misrouted, NoContact, BirthDate }

/// What one generated row is and what the hub must make of it: the file writer turns it into
/// CSV, the ceiling turns it into storage calls, and the expected counts come from it.
/// `Person` is the person's number (the row that first brought them).
/// `PersonHasAlternate`: the person's record, after this row, holds their second mobile.
public readonly record struct RowPlan(
    int Row,
    RowKind Kind,
    long ReferralId,
    int Person,
    RejectionKind Rejection,
    bool UsesAlternateMobile,
    bool PersonHasAlternate)
{
    public SyntheticPerson Who => new(Person);

    public string ExpectedOutcome => Kind switch
    {
        RowKind.NewPerson => Outcomes.Accepted,
        RowKind.Repeat => Outcomes.Merged,
        RowKind.Rejected => Outcomes.Rejected,
        _ => Outcomes.Duplicate,
    };
}
