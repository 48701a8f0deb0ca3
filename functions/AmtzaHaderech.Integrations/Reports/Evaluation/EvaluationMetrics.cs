using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The evaluation report (docs/evaluation.md) from SPOT's data and the hub's referral records:
/// one pass over the enrolled participants feeds the channels and the workshops' comparison
/// pools; the workshops read the activities once; the funnel reads the referrals.
public static class EvaluationMetrics
{
    /// The funnel's window defaults to the 12 months that end at D.
    public static EvaluationReport Compute(SpotExportSnapshot data, DateOnly asOf, FunnelInputs funnel, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(funnel);
        var window = FunnelMetrics.DefaultWindow(asOf);
        var enrolled = data.Participants.Where(p => p.EnrolledOn <= asOf).ToList();
        var index = new PlacementIndex(data.Episodes, asOf);
        var workshops = WorkshopMetrics.Attendances(data.Activities, enrolled, asOf);
        // Comparison pools are only worth building when someone attended a workshop.
        var pool = workshops.Count > 0 ? new ComparisonPool() : null;
        var channels = new ChannelMetrics(asOf);
        var placements = new List<SpotEpisode>();
        foreach (var participant in enrolled)
        {
            var first = index.Placements(participant, placements);
            channels.Add(participant, placements, first);
            pool?.Add(participant, placements);
        }

        return new EvaluationReport(
            asOf,
            channels.Figures(),
            WorkshopMetrics.Compute(workshops, enrolled, index, pool, asOf),
            FunnelMetrics.Compute(funnel, data.Participants, index, from ?? window.From, to ?? window.To, asOf));
    }

    public static (DateOnly From, DateOnly To) DefaultWindow(DateOnly asOf) => FunnelMetrics.DefaultWindow(asOf);
}
