using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// The program report (docs/metrics.md) computed from SPOT's participant-level data, in one pass
/// over the participants after grouping episodes by participant once.
public static class ProgramMetrics
{
    public static ProgramReport Compute(SpotSnapshot data, DateOnly asOf, IReadOnlyList<string> configuredCenters)
    {
        var enrolled = data.Participants.Where(p => p.EnrolledOn <= asOf).ToList();
        var centers = CenterOrder.Of(configuredCenters, enrolled.Select(p => p.Center));
        var byCenter = centers.ToDictionary(c => c, c => new CenterAccumulator(c), StringComparer.Ordinal);
        var all = new CenterAccumulator(MetricBands.AllCenters);
        var figures = new PlacementFigures(asOf);
        var index = new PlacementIndex(data.Episodes, asOf);
        var placements = new List<SpotEpisode>();

        foreach (var participant in enrolled)
        {
            var first = index.Placements(participant, placements);
            var active = participant.ExitedOn is null || participant.ExitedOn > asOf;
            int? age = participant.BirthDate is { } birth ? DateMath.Age(birth, asOf) : null;
            all.Add(active, first is not null, age);
            if (participant.Center is not null) byCenter[participant.Center].Add(active, first is not null, age);
            figures.Add(participant, placements, first, age);
        }

        return new ProgramReport(
            asOf,
            [.. centers.Select(c => byCenter[c].Figures()), all.Figures()],
            AgeBandsByCenter(centers.Select(c => byCenter[c]).Append(all), centers.Append(MetricBands.AllCenters)),
            figures.TimeToFirstPlacement(),
            figures.Persistence(),
            figures.PlacedByTenure(),
            figures.FoundVia(),
            figures.Employment(),
            figures.AgeGroups(),
            figures.RecruitmentSources());
    }

    private static OrderedDictionary<string, IReadOnlyList<BandCount>> AgeBandsByCenter(
        IEnumerable<CenterAccumulator> accumulators, IEnumerable<string> keys)
    {
        var bands = new OrderedDictionary<string, IReadOnlyList<BandCount>>(StringComparer.Ordinal);
        foreach (var (key, accumulator) in keys.Zip(accumulators)) bands.Add(key, accumulator.AgeBands());
        return bands;
    }
}
