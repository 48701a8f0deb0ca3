namespace AmtzaHaderech.Integrations.Benchmarks.Generation;

/// The rows of a synthetic referral file, the same for the same seed: about 85% new people,
/// 7.5% repeats of an earlier person by national ID (half with a new mobile to merge in),
/// 6% rejected rows (bad check digit, misrouted, no contact, birth date after the referral),
/// 1.5% resends of an earlier row's referral number (duplicates). It keeps the numbers of
/// the people seen so far (an int each), never the rows.
public static class ReferralPlanner
{
    public const long FirstReferralId = 9_000_000;

    public static IEnumerable<RowPlan> Plan(int rows, int seed)
    {
        var random = new Random(seed);
        var people = new List<int>();
        var withAlternate = new HashSet<int>();
        var rejections = 0;
        for (var row = 1; row <= rows; row++)
        {
            var referralId = FirstReferralId + row;
            var roll = people.Count < 5 ? 0 : random.NextDouble();
            if (roll < 0.85)
            {
                people.Add(row);
                yield return new RowPlan(row, RowKind.NewPerson, referralId, row, RejectionKind.None, false, false);
            }
            else if (roll < 0.925)
            {
                var person = people[random.Next(people.Count)];
                var alternate = random.Next(2) == 0;
                if (alternate) withAlternate.Add(person);
                yield return new RowPlan(row, RowKind.Repeat, referralId, person, RejectionKind.None, alternate, withAlternate.Contains(person));
            }
            else if (roll < 0.985)
            {
                var reason = (RejectionKind)(1 + rejections++ % 4);
                yield return new RowPlan(row, RowKind.Rejected, referralId, row, reason, false, false);
            }
            else
            {
                // A resend of a new person's row: the first arrival wins, whatever this row holds.
                var person = people[random.Next(people.Count)];
                yield return new RowPlan(row, RowKind.Duplicate, FirstReferralId + person, person, RejectionKind.None, false, false);
            }
        }
    }

    /// Outcome -> how many rows the hub must give it.
    public static Dictionary<string, int> ExpectedCounts(IEnumerable<RowPlan> plans) =>
        plans.GroupBy(p => p.ExpectedOutcome).ToDictionary(g => g.Key, g => g.Count());
}
