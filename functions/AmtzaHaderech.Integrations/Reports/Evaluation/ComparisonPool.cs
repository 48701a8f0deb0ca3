using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The comparison groups of the workshops' cohorts, without comparing everyone with everyone.
/// Per participant, the days they could be in a pool (enrolled, not exited, not working:
/// `eligible`) and the days from which they start a job within six months (`placed`) are a few
/// intervals (DayIntervals). Per center, the intervals become counts by day over the only days
/// ever asked about (from the first attendance of any workshop to the last): a difference array
/// summed once. A workshop's own attendees, who leave its pool up to six months after their
/// first time, are taken off again with a Fenwick tree over the cohort's days, in the order of
/// the cohort's horizons. Cost: one pass over the participants, then about (attendees + cohort)
/// x log(cohort) per workshop.
internal sealed class ComparisonPool
{
    private readonly Dictionary<string, int> _centerIds = new(StringComparer.Ordinal);
    private readonly List<int[]> _eligibleByDay = [], _placedByDay = [];
    private readonly int[] _centerOf;
    private readonly bool[] _attended;
    private readonly int _firstDay, _lastDay;
    private readonly AttendeeIntervals _eligible, _placed;
    private readonly List<(int Start, int End)> _eligibleDays = [], _placedDays = [], _scratch = [];

    public ComparisonPool(Attendances attendances)
    {
        _attended = attendances.Attended;
        _centerOf = new int[_attended.Length];
        (_firstDay, _lastDay) = (attendances.FirstDay.DayNumber, attendances.LastDay.DayNumber);
        _eligible = new AttendeeIntervals(_attended.Length);
        _placed = new AttendeeIntervals(_attended.Length);
    }

    public void Add(int position, SpotParticipant participant, List<SpotEpisode> placements)
    {
        var center = CenterOf(participant.Center ?? "");
        _centerOf[position] = center;
        DayIntervals.Eligible(participant, placements, _eligibleDays, _scratch);
        DayIntervals.PlacedWithinSix(placements, _eligibleDays, _placedDays, _scratch);
        Count(_eligibleByDay[center], _eligibleDays);
        Count(_placedByDay[center], _placedDays);
        if (!_attended[position]) return;
        _eligible.Set(position, _eligibleDays);
        _placed.Set(position, _placedDays);
    }

    /// Turns the per-center differences into counts by day, once everyone is added.
    public void Seal()
    {
        foreach (var counts in _eligibleByDay.Concat(_placedByDay))
            for (var day = 1; day < counts.Length; day++) counts[day] += counts[day - 1];
    }

    /// For each cohort member (participant, first attendance a), the share of their pool that
    /// started a job after a and by add(a, 6); summed, with how many members had a pool.
    /// `attendees`: everyone who attended the workshop with their first attendance, earliest first.
    public (double Sum, int Members) Shares(IReadOnlyList<(int Participant, DateOnly First)> attendees, IReadOnlyList<CohortMember> cohort)
    {
        double sum = 0;
        var members = 0;
        var attendeesByCenter = attendees.ToLookup(a => _centerOf[a.Participant]);
        foreach (var group in cohort.GroupBy(c => _centerOf[c.Participant]))
        {
            var center = group.Key;
            var queries = group.ToArray();
            Array.Sort(queries, (a, b) => a.Horizon.CompareTo(b.Horizon));
            var days = queries.Select(q => q.Day).Distinct().Order().ToArray();
            var eligibleTaken = new Fenwick(days.Length);
            var placedTaken = new Fenwick(days.Length);
            var taken = attendeesByCenter[center].ToArray(); // still earliest first
            var next = 0;
            foreach (var (_, day, horizon) in queries)
            {
                // Attendees whose first attendance is on or before this horizon are out of the pool.
                for (; next < taken.Length && taken[next].First.DayNumber <= horizon; next++)
                {
                    eligibleTaken.AddIntervals(days, _eligible.Of(taken[next].Participant));
                    placedTaken.AddIntervals(days, _placed.Of(taken[next].Participant));
                }
                var at = Array.BinarySearch(days, day);
                var pool = _eligibleByDay[center][day - _firstDay] - eligibleTaken.ValueAt(at);
                if (pool == 0) continue;
                sum += (double)(_placedByDay[center][day - _firstDay] - placedTaken.ValueAt(at)) / pool;
                members++;
            }
        }
        return (sum, members);
    }

    private int CenterOf(string key)
    {
        if (_centerIds.TryGetValue(key, out var center)) return center;
        _centerIds[key] = center = _centerIds.Count;
        _eligibleByDay.Add(new int[_lastDay - _firstDay + 2]);
        _placedByDay.Add(new int[_lastDay - _firstDay + 2]);
        return center;
    }

    /// Adds one to every day of the intervals within [first, last]: +1 where one begins, -1
    /// the day after it ends.
    private void Count(int[] differences, List<(int Start, int End)> intervals)
    {
        foreach (var (start, end) in intervals)
        {
            var from = Math.Max(start, _firstDay);
            var to = Math.Min(end, _lastDay);
            if (from > to) continue;
            differences[from - _firstDay]++;
            differences[to - _firstDay + 1]--;
        }
    }

    /// The intervals of the participants who attended a workshop, in one list.
    private sealed class AttendeeIntervals(int participants)
    {
        private readonly List<(int Start, int End)> _all = [];
        private readonly int[] _from = new int[participants], _to = new int[participants];

        public void Set(int participant, List<(int Start, int End)> intervals)
        {
            _from[participant] = _all.Count;
            _all.AddRange(intervals);
            _to[participant] = _all.Count;
        }

        public ReadOnlySpan<(int Start, int End)> Of(int participant) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_all)[_from[participant].._to[participant]];
    }

    /// Adds to ranges of the cohort's days, reads one day: a Fenwick tree over differences.
    private sealed class Fenwick(int size)
    {
        private readonly int[] _tree = new int[size + 1];

        public void AddIntervals(int[] days, ReadOnlySpan<(int Start, int End)> intervals)
        {
            foreach (var (start, end) in intervals)
            {
                var first = DayIntervals.LowerBound(days, start);
                var last = DayIntervals.UpperBound(days, end) - 1;
                if (first > last) continue;
                Add(first, 1);
                Add(last + 1, -1);
            }
        }

        public int ValueAt(int index)
        {
            var sum = 0;
            for (var i = index + 1; i > 0; i -= i & -i) sum += _tree[i];
            return sum;
        }

        private void Add(int index, int delta)
        {
            for (var i = index + 1; i < _tree.Length; i += i & -i) _tree[i] += delta;
        }
    }
}
