using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// Channels (docs/evaluation.md): per recruitment source, who enrolled, who found work and how
/// soon, who dropped out, and who still worked a year after their first placement. One pass
/// over the enrolled participants.
internal sealed class ChannelMetrics(DateOnly asOf)
{
    public const string NonCooperation = "non_cooperation";

    private readonly Tally[] _tallies = [.. Enumerable.Range(0, SpotCodes.RecruitmentSources.Count + 2).Select(_ => new Tally())];

    public void Add(SpotParticipant participant, List<SpotEpisode> placements, SpotEpisode? first)
    {
        var source = participant.RecruitmentSource is { } code ? IndexOf(code) : -1;
        var tally = _tallies[source < 0 ? SpotCodes.RecruitmentSources.Count : source];
        tally.Add(participant, placements, first, asOf);
        _tallies[^1].Add(participant, placements, first, asOf);
    }

    public IReadOnlyList<ChannelFigures> Figures() =>
    [
        .. SpotCodes.RecruitmentSources.Append(MetricBands.UnknownSource).Append(MetricBands.AllCenters)
            .Select((source, i) => _tallies[i].Figures(source)),
    ];

    private static int IndexOf(string code)
    {
        for (var i = 0; i < SpotCodes.RecruitmentSources.Count; i++)
            if (string.Equals(SpotCodes.RecruitmentSources[i], code, StringComparison.Ordinal)) return i;
        return -1;
    }

    private sealed class Tally
    {
        private int _enrolled, _active, _placed, _cohort6, _placed6, _dropouts, _n12, _employed12;
        private readonly List<int> _monthsToPlacement = [];

        public void Add(SpotParticipant participant, List<SpotEpisode> placements, SpotEpisode? first, DateOnly asOf)
        {
            var enrolled = participant.EnrolledOn!.Value;
            _enrolled++;
            if (participant.ExitedOn is null || participant.ExitedOn > asOf) _active++;
            if (participant.ExitedOn <= asOf && participant.ExitReason == NonCooperation) _dropouts++;

            var horizon6 = DateMath.AddMonths(enrolled, 6);
            if (horizon6 <= asOf)
            {
                _cohort6++;
                if (first?.StartDate <= horizon6) _placed6++;
            }

            if (first?.StartDate is not { } start) return;
            _placed++;
            _monthsToPlacement.Add(DateMath.Months(enrolled, start));
            var year = DateMath.AddMonths(start, 12);
            if (year > asOf) return;
            _n12++;
            if (placements.Exists(e => e.Covers(year))) _employed12++;
        }

        public ChannelFigures Figures(string source) => new(
            source, _enrolled, _active, _placed, MetricBands.Ratio(_placed, _enrolled),
            _cohort6, _placed6, MetricBands.Ratio(_placed6, _cohort6), Medians.Of(_monthsToPlacement),
            _dropouts, MetricBands.Ratio(_dropouts, _enrolled), _n12, _employed12, MetricBands.Ratio(_employed12, _n12));
    }
}
