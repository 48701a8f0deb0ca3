using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// The coordinators' monthly report (docs/metrics.md) for month M, D = the last day of M.
/// Everyone enrolled by D counts, grouped by their coordinator (מקדמת תעסוקה) and center.
/// `unansweredFollowUps` comes from the follow-ups schedule; those asked in M (see
/// UnansweredFollowUp) of people in the report are listed, others are ignored.
public static class CoordinatorMetrics
{
    public const int NoContactDays = 90;

    public static CoordinatorReport Compute(
        SpotSnapshot data, ReportMonth month, IReadOnlyList<string> configuredCenters,
        IReadOnlyList<UnansweredFollowUp>? unansweredFollowUps = null)
    {
        var asOf = month.LastDay;
        var enrolled = data.Participants.Where(p => p.EnrolledOn <= asOf).ToList();
        var activity = ActivityTally.Of(data.Activities, enrolled, month);
        var followUps = (unansweredFollowUps ?? []).Where(f => month.Contains(f.AskedOn))
            .ToLookup(f => f.ParticipantId, StringComparer.Ordinal);
        var index = new PlacementIndex(data.Episodes, asOf);
        var placements = new List<SpotEpisode>();

        var centers = CenterOrder.Of(configuredCenters, enrolled.Select(p => p.Center));
        var centerRank = centers.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var byCenter = centers.ToDictionary(c => c, c => new TeamAccumulator(null, c), StringComparer.Ordinal);
        var byCoordinator = new Dictionary<(string Coordinator, string Center), TeamAccumulator>();
        var all = new TeamAccumulator(null, null);

        foreach (var participant in enrolled)
        {
            var first = index.Placements(participant, placements);
            var tally = activity.For(participant.ParticipantId);
            var latestContact = tally.LatestContact ?? participant.EnrolledOn!.Value;
            var contact = new ContactDue(participant.ParticipantId, participant.FullName, participant.Phone,
                latestContact, asOf.DayNumber - latestContact.DayNumber);
            var state = new ParticipantMonth(
                contact,
                Active: participant.ExitedOn is null || participant.ExitedOn > asOf,
                Placed: first is not null,
                EnrolledInMonth: month.Contains(participant.EnrolledOn!.Value),
                FirstPlacementInMonth: first?.StartDate is { } start && month.Contains(start),
                tally.Meetings, tally.Workshops, tally.Events,
                [
                    .. followUps[participant.ParticipantId].Select(f => new FollowUpDue(
                        contact.ParticipantId, contact.Name, contact.Phone, contact.LatestContact, contact.DaysSince, f.Rule, f.DueOn)
                    { AskedOn = f.AskedOn, Reached = f.Reached }),
                ]);

            var key = (participant.Coordinator ?? "", participant.Center ?? "");
            if (!byCoordinator.TryGetValue(key, out var team))
                byCoordinator[key] = team = new TeamAccumulator(key.Item1, key.Item2);
            team.Add(state);
            if (participant.Center is not null) byCenter[participant.Center].Add(state);
            all.Add(state);
        }

        return new CoordinatorReport(
            month.ToString(),
            asOf,
            [
                .. byCoordinator.OrderBy(t => t.Key.Coordinator, StringComparer.Ordinal)
                    .ThenBy(t => centerRank.GetValueOrDefault(t.Key.Center, -1))
                    .Select(t => t.Value.Figures()),
            ],
            [.. centers.Select(c => byCenter[c].Figures())],
            all.Figures());
    }
}
