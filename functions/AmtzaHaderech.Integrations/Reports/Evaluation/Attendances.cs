using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// Every workshop attendance of SPOT's activities, read once: per workshop its attendances, the
/// days of its sessions and each participant's first attendance; which participants attended
/// any workshop; and the first and last day of any attendance (the only days a comparison pool
/// is ever asked about). Participants are their position in the report's enrolled list.
///
/// An attendance is an activity of type `workshop` of a participant enrolled at D, dated from
/// their enrolment to D; anything else (before enrolment, after D, a lead's) is not one.
internal sealed class Attendances
{
    private Attendances(int participants) => Attended = new bool[participants];

    public Dictionary<string, Workshop> Workshops { get; } = new(StringComparer.Ordinal);
    public bool[] Attended { get; }
    public DateOnly FirstDay { get; private set; } = DateOnly.MaxValue;
    public DateOnly LastDay { get; private set; } = DateOnly.MinValue;

    public static Attendances Read(IReadOnlyList<SpotActivity> activities, EnrolledParticipants enrolled, DateOnly asOf)
    {
        var result = new Attendances(enrolled.Count);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (activity.Type != SpotCodes.Workshop || activity.Date is not { } date || date > asOf) continue;
            if (enrolled.PositionOf(activity.ParticipantId) is not { } participant || date < enrolled[participant].EnrolledOn) continue;
            var title = activity.Title ?? "";
            if (!names.TryGetValue(title, out var name)) names[title] = name = WorkshopTitles.Name(title);
            if (!result.Workshops.TryGetValue(name, out var workshop)) result.Workshops[name] = workshop = new Workshop();
            workshop.Add(participant, date);
            result.Attended[participant] = true;
            if (date < result.FirstDay) result.FirstDay = date;
            if (date > result.LastDay) result.LastDay = date;
        }
        return result;
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
