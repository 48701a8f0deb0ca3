using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// Workshops (docs/evaluation.md): per workshop, who came and how often, and whether those who
/// came found work within six months of their first time more often than others of their
/// center at the same dates. Describes; does not prove (people choose their workshops).
/// A participant of a workshop's cohort: their first attendance and six months after it (day numbers).
internal readonly record struct CohortMember(int Participant, int Day, int Horizon);

internal static class WorkshopMetrics
{
    public const int Months = 6;

    public static DateOnly Horizon(DateOnly firstAttendance) => DateMath.AddMonths(firstAttendance, Months);

    /// `placements`: each attendee's placement episodes at D, by position (the others null).
    public static IReadOnlyList<WorkshopFigures> Compute(Attendances attendances, SpotEpisode[]?[] placements, ComparisonPool? pool, DateOnly asOf)
    {
        if (attendances.Workshops.Count == 0 || pool is null) return [];
        pool.Seal();
        var figures = new List<WorkshopFigures>(attendances.Workshops.Count);
        foreach (var (name, workshop) in attendances.Workshops.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var attendees = workshop.FirstAttendance.Select(f => (Participant: f.Key, First: f.Value)).ToArray();
            Array.Sort(attendees, (a, b) => a.First.CompareTo(b.First));
            var cohort = new List<CohortMember>();
            var placed6 = 0;
            foreach (var (participant, first) in attendees)
            {
                var horizon = Horizon(first);
                if (horizon > asOf) continue;
                var jobs = placements[participant]!;
                if (WorkingOn(jobs, first)) continue; // working on the day: not in the cohort
                cohort.Add(new CohortMember(participant, first.DayNumber, horizon.DayNumber));
                if (StartsWithin(jobs, first, horizon)) placed6++;
            }
            var (shares, members) = cohort.Count == 0 ? (0d, 0) : pool.Shares(attendees, cohort);
            var rate = MetricBands.Ratio(placed6, cohort.Count);
            var comparison = MetricBands.Ratio(shares, members);
            figures.Add(new WorkshopFigures(name, workshop.Attendances, workshop.Sessions.Count, attendees.Length, cohort.Count, placed6,
                rate, comparison, rate - comparison));
        }
        return figures;
    }

    private static bool WorkingOn(SpotEpisode[] jobs, DateOnly day)
    {
        foreach (var job in jobs)
            if (job.Covers(day)) return true;
        return false;
    }

    /// A job that started after `day` and on or before `horizon`.
    private static bool StartsWithin(SpotEpisode[] jobs, DateOnly day, DateOnly horizon)
    {
        foreach (var job in jobs)
            if (job.StartDate > day && job.StartDate <= horizon) return true;
        return false;
    }
}
