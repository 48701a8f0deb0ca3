using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.CallLists;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.Announcements;

/// The people behind an announcement's tasks, as the card and the call list show them: SPOT's
/// name and phone, each task's reason, and the days since their last contact (the latest
/// activity on or before today of any type but `message_sent`, else the enrolment: docs/metrics.md's
/// definition).
internal sealed class AnnouncementPeople(
    IReadOnlyDictionary<string, SpotParticipant> people, IEnumerable<SpotActivity> activities, ReportNames names, DateTimeOffset now)
{
    private readonly DateOnly _today = IsraelTime.DateOf(now);
    private Dictionary<string, DateOnly>? _latestContacts;

    public string CenterOf(string participantId) => people.GetValueOrDefault(participantId)?.Center ?? "";

    public string CoordinatorOf(string participantId) => people.GetValueOrDefault(participantId)?.Coordinator ?? "";

    public CoordinatorCall For(string center, string coordinator, IReadOnlyList<CoordinatorTask> tasks) => new(
        names.Center(center),
        names.Coordinator(coordinator),
        names.TeamsUser(coordinator),
        CallListEntry.PerPerson(tasks.Select(Entry)));

    private CallListEntry Entry(CoordinatorTask task)
    {
        var reason = CallReasons.Task(task.Kind, task.Rule, task.Since);
        if (!people.TryGetValue(task.ParticipantId, out var person))
            return new CallListEntry(task.ParticipantId, task.ParticipantId, null, reason, null, null);
        var latest = LatestContact(person);
        return new CallListEntry(person.ParticipantId, person.FullName, person.Phone, reason, latest, latest is { } day ? _today.DayNumber - day.DayNumber : null);
    }

    private DateOnly? LatestContact(SpotParticipant person)
    {
        _latestContacts ??= LatestContacts();
        return _latestContacts.TryGetValue(person.ParticipantId, out var day) ? day : person.EnrolledOn;
    }

    private Dictionary<string, DateOnly> LatestContacts()
    {
        var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var activity in activities)
            if (activity.IsContact && activity.Date is { } date && date <= _today
                && !(latest.TryGetValue(activity.ParticipantId, out var known) && known >= date))
                latest[activity.ParticipantId] = date;
        return latest;
    }
}
