using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The comparison group of a workshop's cohort without comparing everyone with everyone. Per
/// participant, the days they could be in a pool (enrolled, not exited, not working: `eligible`)
/// and the days from which they start a job within six months (`placed`) are a few intervals;
/// per center, all of them as sorted start and end arrays answer "how many on day x" by binary
/// search. A workshop's own attendees (who may not be in its pool) are taken off again with a
/// Fenwick tree over the cohort's days, in order of the cohort's horizons.
internal sealed class ComparisonPool
{
    private readonly Dictionary<string, int> _centerIds = new(StringComparer.Ordinal);
    private readonly List<int> _centerOf = [];
    private readonly Intervals _eligible = new(), _placed = new();
    private readonly List<(int Start, int End)> _eligibleDays = [], _placedDays = [], _scratch = [];
    private CenterCounts[] _centers = [];

    /// Adds the participants in order: participant i of the report is the i-th added.
    public void Add(SpotParticipant participant, List<SpotEpisode> placements)
    {
        var key = participant.Center ?? "";
        if (!_centerIds.TryGetValue(key, out var center)) _centerIds[key] = center = _centerIds.Count;
        _centerOf.Add(center);
        DayIntervals.Eligible(participant, placements, _eligibleDays, _scratch);
        DayIntervals.PlacedWithinSix(placements, _eligibleDays, _placedDays, _scratch);
        _eligible.Add(_eligibleDays);
        _placed.Add(_placedDays);
    }

    /// Builds the per-center counts once everyone is added.
    public void Seal()
    {
        var counts = new List<(int, int)>[_centerIds.Count * 2];
        for (var i = 0; i < counts.Length; i++) counts[i] = [];
        for (var p = 0; p < _centerOf.Count; p++)
        {
            foreach (var interval in _eligible.Of(p)) counts[_centerOf[p] * 2].Add(interval);
            foreach (var interval in _placed.Of(p)) counts[_centerOf[p] * 2 + 1].Add(interval);
        }
        _centers = [.. Enumerable.Range(0, _centerIds.Count).Select(c => new CenterCounts(counts[c * 2], counts[c * 2 + 1]))];
    }

    /// For each cohort member (participant, first attendance a), the share of their pool that
    /// started a job after a and by add(a, 6); summed, with how many members had a pool.
    /// `attendees` are everyone who attended the workshop, with their first attendance.
    public (double Sum, int Members) Shares(IReadOnlyList<(int Participant, DateOnly First)> attendees, IReadOnlyList<(int Participant, DateOnly First)> cohort)
    {
        double sum = 0;
        var members = 0;
        foreach (var group in cohort.GroupBy(c => _centerOf[c.Participant]))
        {
            var center = group.Key;
            var taken = attendees.Where(a => _centerOf[a.Participant] == center).OrderBy(a => a.First).ToList();
            var queries = group.Select(c => (Day: c.First.DayNumber, Horizon: WorkshopMetrics.Horizon(c.First).DayNumber))
                .OrderBy(q => q.Horizon).ToList();
            var days = queries.Select(q => q.Day).Distinct().Order().ToArray();
            var eligibleTaken = new Fenwick(days.Length);
            var placedTaken = new Fenwick(days.Length);
            var next = 0;
            foreach (var (day, horizon) in queries)
            {
                // Attendees whose first attendance is on or before this horizon are out of the pool.
                for (; next < taken.Count && taken[next].First.DayNumber <= horizon; next++)
                {
                    eligibleTaken.AddIntervals(days, _eligible.Of(taken[next].Participant));
                    placedTaken.AddIntervals(days, _placed.Of(taken[next].Participant));
                }
                var at = Array.BinarySearch(days, day);
                var pool = _centers[center].Eligible(day) - eligibleTaken.ValueAt(at);
                if (pool == 0) continue;
                sum += (double)(_centers[center].Placed(day) - placedTaken.ValueAt(at)) / pool;
                members++;
            }
        }
        return (sum, members);
    }

    /// Every participant's intervals in one list, with where each participant's begin.
    private sealed class Intervals
    {
        private readonly List<(int Start, int End)> _all = [];
        private readonly List<int> _offsets = [0];

        public void Add(List<(int Start, int End)> intervals)
        {
            _all.AddRange(intervals);
            _offsets.Add(_all.Count);
        }

        public ReadOnlySpan<(int Start, int End)> Of(int participant) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_all)[_offsets[participant].._offsets[participant + 1]];
    }

    private sealed class CenterCounts(List<(int Start, int End)> eligible, List<(int Start, int End)> placed)
    {
        private readonly int[] _eligibleStarts = Sorted(eligible, i => i.Start), _eligibleEnds = Sorted(eligible, i => i.End);
        private readonly int[] _placedStarts = Sorted(placed, i => i.Start), _placedEnds = Sorted(placed, i => i.End);

        public int Eligible(int day) => DayIntervals.Count(_eligibleStarts, _eligibleEnds, day);

        public int Placed(int day) => DayIntervals.Count(_placedStarts, _placedEnds, day);

        private static int[] Sorted(List<(int Start, int End)> intervals, Func<(int Start, int End), int> part)
        {
            var values = new int[intervals.Count];
            for (var i = 0; i < values.Length; i++) values[i] = part(intervals[i]);
            Array.Sort(values);
            return values;
        }
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
