using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// A follow-up that falls due by D, before channel and status are decided. `Expired`: a
/// windowed item due on or before the window's lower bound.
internal sealed record DueItem(string ParticipantId, string Rule, int? Months, string? EpisodeId, DateOnly DueOn, bool Expired);

/// The rules of docs/follow-ups.md, "The rules". Windowed rules
/// (retention, exit, conference, meeting) yield items due in (P - CatchUpDays, D] and, before
/// that window, expired ones; quarterly items never expire.
internal sealed class DueItems(SpotSnapshot data, DateOnly asOf, PlannerState state, FollowUpsOptions options)
{
    private readonly DateOnly _windowStart = (state.PreviousRun ?? asOf).AddDays(-options.CatchUpDays);

    public IEnumerable<DueItem> All(IEnumerable<ConferenceInvitation> invitations, IEnumerable<WorkshopSignUp>? signUps = null)
    {
        var workshops = new WorkshopDueItems(asOf, state, options);
        var latestContact = LatestContacts();
        var index = new PlacementIndex(data.Episodes, asOf);
        var placements = new List<SpotEpisode>();
        foreach (var participant in data.Participants)
        {
            var first = index.Placements(participant, placements);
            if (participant.EnrolledOn is not { } enrolled || enrolled > asOf) continue;
            foreach (var item in Retention(participant.ParticipantId, placements)) yield return item;

            var active = participant.ExitedOn is null || participant.ExitedOn > asOf;
            if (!active) continue;
            var working = placements.Exists(e => e.Covers(asOf));
            if (!working && Quarterly(participant.ParticipantId, latestContact.GetValueOrDefault(participant.ParticipantId, enrolled)) is { } quarterly)
                yield return quarterly;
            if (!working && workshops.Invitation(participant.ParticipantId, participant.Center) is { } invitation) yield return invitation;
            if (first is not null && Exit(participant.ParticipantId, first) is { } exit) yield return exit;
        }
        foreach (var item in Meetings()) yield return item;
        foreach (var invitation in invitations.Where(i => !i.Answered && i.ConferenceOn > asOf))
            if (Windowed(invitation.ParticipantId, FollowUpRules.Conference, null, null,
                    invitation.ConferenceOn.AddDays(-options.ConferenceReminderDays)) is { } item)
                yield return item;
        foreach (var item in workshops.OfSignUps(signUps ?? [])) yield return item;
    }

    private IEnumerable<DueItem> Retention(string participantId, List<SpotEpisode> placements)
    {
        // Any recorded end date, even one after D, means SPOT already knows how the job went.
        foreach (var episode in placements.Where(e => e.EndDate is null))
            foreach (var k in options.RetentionMonthsOrDefaults())
                if (Windowed(participantId, FollowUpRules.Retention, episode.EpisodeId, k,
                        DateMath.AddMonths(episode.StartDate!.Value, k)) is { } item)
                    yield return item;
    }

    // Due however long ago: these are the people nobody has called.
    private DueItem? Quarterly(string participantId, DateOnly latestContact)
    {
        var from = state.QuarterlySent.TryGetValue(participantId, out var sent) && sent > latestContact ? sent : latestContact;
        var due = from.AddDays(options.QuarterlyDays);
        return due <= asOf ? new DueItem(participantId, FollowUpRules.Quarterly, null, null, due, Expired: false) : null;
    }

    private DueItem? Exit(string participantId, SpotEpisode first)
    {
        var due = DateMath.AddMonths(first.StartDate!.Value, options.ExitMonths);
        return first.Covers(due) ? Windowed(participantId, FollowUpRules.Exit, first.EpisodeId, options.ExitMonths, due) : null;
    }

    private IEnumerable<DueItem> Meetings()
    {
        foreach (var activity in data.Activities)
            if (activity.Type == SpotCodes.Meeting && activity.Date is { } date && date > asOf
                && Windowed(activity.ParticipantId, FollowUpRules.Meeting, null, null, WorkingDayBefore(date)) is { } item)
                yield return item;
    }

    private DueItem? Windowed(string participantId, string rule, string? episodeId, int? months, DateOnly due) =>
        due > asOf ? null : new DueItem(participantId, rule, months, episodeId, due, Expired: due <= _windowStart);

    // Israel's working days are Sunday to Thursday.
    internal static DateOnly WorkingDayBefore(DateOnly date)
    {
        var day = date.AddDays(-1);
        while (day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday) day = day.AddDays(-1);
        return day;
    }

    // The latest activity on or before D of any type but message_sent (docs/metrics.md).
    private Dictionary<string, DateOnly> LatestContacts()
    {
        var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var activity in data.Activities)
            if (activity.IsContact && activity.Date is { } date && date <= asOf
                && !(latest.TryGetValue(activity.ParticipantId, out var known) && known >= date))
                latest[activity.ParticipantId] = date;
        return latest;
    }
}
