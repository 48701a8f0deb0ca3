using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// Workshops (docs/evaluation.md): per workshop, who came and how often, and whether those who
/// came found work within six months of their first time more often than others of their
/// center at the same dates. Describes; does not prove (people choose their workshops).
internal static class WorkshopMetrics
{
    public const int Months = 6;

    public static DateOnly Horizon(DateOnly firstAttendance) => DateMath.AddMonths(firstAttendance, Months);

    /// `enrolled` are the participants enrolled at D, in the order they were added to `pool`;
    /// `workshops` their attendances (Attendances).
    public static IReadOnlyList<WorkshopFigures> Compute(
        Dictionary<string, Workshop> workshops, IReadOnlyList<SpotParticipant> enrolled, PlacementIndex index, ComparisonPool? pool, DateOnly asOf)
    {
        if (workshops.Count == 0 || pool is null) return [];
        pool.Seal();
        var placements = new List<SpotEpisode>();
        var figures = new List<WorkshopFigures>(workshops.Count);
        foreach (var (name, workshop) in workshops.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var attendees = workshop.FirstAttendance.Select(f => (Participant: f.Key, First: f.Value)).ToList();
            var cohort = new List<(int Participant, DateOnly First)>();
            var placed6 = 0;
            foreach (var (participant, first) in attendees)
            {
                var horizon = Horizon(first);
                if (horizon > asOf) continue;
                index.Placements(enrolled[participant], placements);
                if (placements.Exists(e => e.Covers(first))) continue; // working on the day: not in the cohort
                cohort.Add((participant, first));
                if (placements.Exists(e => e.StartDate > first && e.StartDate <= horizon)) placed6++;
            }
            var (shares, members) = cohort.Count == 0 ? (0d, 0) : pool.Shares(attendees, cohort);
            var rate = MetricBands.Ratio(placed6, cohort.Count);
            var comparison = MetricBands.Ratio(shares, members);
            figures.Add(new WorkshopFigures(name, workshop.Attendances, workshop.Sessions.Count, attendees.Count, cohort.Count, placed6,
                rate, comparison, rate - comparison));
        }
        return figures;
    }

    /// An attendance: an activity of type `workshop` of a participant enrolled at D, dated from
    /// their enrolment to D. Anything else (before enrolment, after D, a lead's) is not one.
    public static Dictionary<string, Workshop> Attendances(IReadOnlyList<SpotActivity> activities, IReadOnlyList<SpotParticipant> enrolled, DateOnly asOf)
    {
        var workshops = new Dictionary<string, Workshop>(StringComparer.Ordinal);
        Dictionary<string, int>? positions = null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (activity.Type != SpotCodes.Workshop || activity.Date is not { } date || date > asOf) continue;
            positions ??= Positions(enrolled);
            if (!positions.TryGetValue(activity.ParticipantId, out var participant) || date < enrolled[participant].EnrolledOn) continue;
            var title = activity.Title ?? "";
            if (!names.TryGetValue(title, out var name)) names[title] = name = WorkshopTitles.Name(title);
            if (!workshops.TryGetValue(name, out var workshop)) workshops[name] = workshop = new Workshop();
            workshop.Add(participant, date);
        }
        return workshops;
    }

    private static Dictionary<string, int> Positions(IReadOnlyList<SpotParticipant> enrolled)
    {
        var positions = new Dictionary<string, int>(enrolled.Count, StringComparer.Ordinal);
        for (var i = 0; i < enrolled.Count; i++) positions[enrolled[i].ParticipantId] = i;
        return positions;
    }

    internal sealed class Workshop
    {
        public int Attendances;
        public readonly HashSet<DateOnly> Sessions = [];
        public readonly Dictionary<int, DateOnly> FirstAttendance = [];

        public void Add(int participant, DateOnly date)
        {
            Attendances++;
            Sessions.Add(date);
            if (!FirstAttendance.TryGetValue(participant, out var first) || date < first) FirstAttendance[participant] = date;
        }
    }
}
