using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The evaluation report (docs/evaluation.md) from SPOT's data and the hub's referral records.
/// The workshops' attendances are read first (one pass over the activities), then one pass over
/// the enrolled participants feeds the channels, the comparison pools and what the workshops and
/// the funnel need of each person; the funnel reads the referrals.
public static class EvaluationMetrics
{
    /// The funnel's window defaults to the 12 months that end at D.
    public static EvaluationReport Compute(SpotSnapshot data, DateOnly asOf, FunnelInputs funnel, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(funnel);
        var window = FunnelMetrics.DefaultWindow(asOf);
        var enrolled = new EnrolledParticipants(data.Participants, asOf);
        var index = new PlacementIndex(data.Episodes, asOf);
        var attendances = Attendances.Read(data.Activities, enrolled, asOf);
        // Comparison pools are only worth building when someone attended a workshop.
        var pool = attendances.Workshops.Count > 0 ? new ComparisonPool(attendances) : null;
        var channels = new ChannelMetrics(asOf);
        var placed = new bool[enrolled.Count];
        var attendeePlacements = new SpotEpisode[]?[enrolled.Count];
        var placements = new List<SpotEpisode>();
        for (var position = 0; position < enrolled.Count; position++)
        {
            var participant = enrolled[position];
            var first = index.Placements(participant, placements);
            placed[position] = first is not null;
            channels.Add(participant, placements, first);
            pool?.Add(position, participant, placements);
            if (attendances.Attended[position]) attendeePlacements[position] = [.. placements];
        }

        return new EvaluationReport(
            asOf,
            channels.Figures(),
            WorkshopMetrics.Compute(attendances, attendeePlacements, pool, asOf),
            FunnelMetrics.Compute(funnel, enrolled, placed, from ?? window.From, to ?? window.To, asOf));
    }

    public static (DateOnly From, DateOnly To) DefaultWindow(DateOnly asOf) => FunnelMetrics.DefaultWindow(asOf);
}
