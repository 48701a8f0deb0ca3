using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// Sets of days as sorted, disjoint, inclusive intervals of day numbers (DateOnly.DayNumber),
/// `Open` for "and every day after". Used to describe, per participant, the days on which they
/// could be in a workshop's comparison group.
internal static class DayIntervals
{
    public const int Open = int.MaxValue;

    /// The days a participant is in a comparison pool: enrolled on or before the day, not exited
    /// before it, and not working on it (no placement episode covers it).
    public static void Eligible(SpotParticipant participant, List<SpotEpisode> placements, List<(int Start, int End)> into, List<(int Start, int End)> scratch)
    {
        into.Clear();
        var start = participant.EnrolledOn!.Value.DayNumber;
        var end = participant.ExitedOn?.DayNumber ?? Open;
        if (end < start) return;
        scratch.Clear();
        foreach (var episode in placements)
        {
            var from = episode.StartDate!.Value.DayNumber;
            var to = episode.EndDate?.DayNumber ?? Open;
            if (to >= from) scratch.Add((from, to)); // an end before the start covers no day
        }
        Merge(scratch);
        foreach (var (from, to) in scratch)
        {
            if (to < start) continue;
            if (from > end) break;
            if (from > start) into.Add((start, from - 1));
            if (to >= end) return;
            start = to + 1;
        }
        into.Add((start, end));
    }

    /// The days x from which one of the placement episodes starts within six months: after x and
    /// on or before add(x, 6). Intersected with `eligible`.
    public static void PlacedWithinSix(List<SpotEpisode> placements, List<(int Start, int End)> eligible, List<(int Start, int End)> into, List<(int Start, int End)> scratch)
    {
        into.Clear();
        if (eligible.Count == 0 || placements.Count == 0) return;
        scratch.Clear();
        foreach (var episode in placements)
        {
            var start = episode.StartDate!.Value;
            scratch.Add((FirstDayReaching(start).DayNumber, start.DayNumber - 1));
        }
        Merge(scratch);
        Intersect(scratch, eligible, into);
    }

    /// The earliest day x with add(x, 6) on or after `day`. Six months back from `day` (clamped)
    /// never overshoots, and a few steps forward find it: six months before 31 August is
    /// 28 February, whose add(x, 6) is only 28 August, so the first day that reaches 31 August
    /// is 1 March.
    public static DateOnly FirstDayReaching(DateOnly day)
    {
        var x = DateMath.AddMonths(day, -6);
        while (DateMath.AddMonths(x, 6) < day) x = x.AddDays(1);
        return x;
    }

    /// The index of the first value >= `value`.
    public static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// The index of the first value > `value`.
    public static int UpperBound(int[] sorted, int value) => value == int.MaxValue ? sorted.Length : LowerBound(sorted, value + 1);

    private static void Merge(List<(int Start, int End)> intervals)
    {
        if (intervals.Count < 2) return;
        intervals.Sort();
        var write = 0;
        for (var read = 1; read < intervals.Count; read++)
        {
            var (start, end) = intervals[read];
            var current = intervals[write];
            // Overlapping or touching: one interval (an open one takes in everything after it).
            if (current.End == Open || start <= current.End + 1)
                intervals[write] = (current.Start, Math.Max(current.End, end));
            else intervals[++write] = (start, end);
        }
        intervals.RemoveRange(write + 1, intervals.Count - write - 1);
    }

    private static void Intersect(List<(int Start, int End)> a, List<(int Start, int End)> b, List<(int Start, int End)> into)
    {
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (start <= end) into.Add((start, end));
            if (a[i].End < b[j].End) i++;
            else j++;
        }
    }
}
