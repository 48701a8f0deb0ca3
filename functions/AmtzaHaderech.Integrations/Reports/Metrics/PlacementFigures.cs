using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// Figures 3 to 9 of docs/metrics.md, accumulated one enrolled participant at a time.
internal sealed class PlacementFigures(DateOnly asOf)
{
    private int _placed;
    private readonly int[] _timeToFirstPlacement = new int[MetricBands.TimeToFirstPlacementBands.Length];
    private readonly int[] _persistenceN = new int[MetricBands.PersistenceMonths.Length];
    private readonly int[] _persistenceSameJob = new int[MetricBands.PersistenceMonths.Length];
    private readonly int[] _persistenceEmployed = new int[MetricBands.PersistenceMonths.Length];
    private readonly int[] _tenureCohort = new int[MetricBands.TenureMonths.Length];
    private readonly int[] _tenurePlaced = new int[MetricBands.TenureMonths.Length];
    private int _foundSelf, _foundProgram, _foundUnknown;
    private readonly RunningStatistics _salary = new(), _scope = new();
    private readonly AgeGroup[] _ageGroups = [new(), new()];
    private readonly int[] _sources = new int[SpotCodes.RecruitmentSources.Count + 1];

    public void Add(SpotParticipant participant, List<SpotEpisode> placements, SpotEpisode? first, int? age)
    {
        var enrolled = participant.EnrolledOn!.Value;
        if (first?.StartDate is { } firstStart)
        {
            _placed++;
            _timeToFirstPlacement[MetricBands.TimeToFirstPlacementBand(DateMath.Months(enrolled, firstStart))]++;
            AddPersistence(placements, first, firstStart);
        }

        for (var i = 0; i < MetricBands.TenureMonths.Length; i++)
        {
            var horizon = DateMath.AddMonths(enrolled, MetricBands.TenureMonths[i]);
            if (horizon > asOf) continue;
            _tenureCohort[i]++;
            if (first?.StartDate <= horizon) _tenurePlaced[i]++;
        }

        var group = age is { } years ? _ageGroups[years < MetricBands.OlderAgeGroupFrom ? 0 : 1] : null;
        var working = false;
        foreach (var episode in placements)
        {
            CountFoundVia(episode.FoundVia);
            if (!episode.Covers(asOf)) continue;
            working = true;
            if (episode.MonthlySalary is { } salary) { _salary.Add(salary); group?.Salary.Add(salary); }
            if (episode.ScopePercent is { } scope) { _scope.Add(scope); group?.Scope.Add(scope); }
        }
        if (group is not null)
        {
            group.N++;
            if (working) group.Working++;
        }

        var source = participant.RecruitmentSource is { } code ? IndexOf(SpotCodes.RecruitmentSources, code) : -1;
        _sources[source < 0 ? SpotCodes.RecruitmentSources.Count : source]++;
    }

    private void AddPersistence(List<SpotEpisode> placements, SpotEpisode first, DateOnly firstStart)
    {
        for (var i = 0; i < MetricBands.PersistenceMonths.Length; i++)
        {
            var day = DateMath.AddMonths(firstStart, MetricBands.PersistenceMonths[i]);
            if (day > asOf) continue;
            _persistenceN[i]++;
            if (first.Covers(day)) _persistenceSameJob[i]++;
            if (placements.Exists(e => e.Covers(day))) _persistenceEmployed[i]++;
        }
    }

    private void CountFoundVia(string? foundVia)
    {
        switch (foundVia)
        {
            case SpotCodes.FoundViaSelf: _foundSelf++; break;
            case SpotCodes.FoundViaProgram: _foundProgram++; break;
            default: _foundUnknown++; break;
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return i;
        return -1;
    }

    public IReadOnlyList<BandCount> TimeToFirstPlacement() =>
    [
        .. MetricBands.TimeToFirstPlacementBands.Select((band, i) =>
            new BandCount(band, _timeToFirstPlacement[i], MetricBands.Ratio(_timeToFirstPlacement[i], _placed))),
    ];

    public IReadOnlyList<PersistenceFigures> Persistence() =>
    [
        .. MetricBands.PersistenceMonths.Select((months, i) =>
            new PersistenceFigures(months, _persistenceN[i], _persistenceSameJob[i], _persistenceEmployed[i])),
    ];

    public IReadOnlyList<TenureFigures> PlacedByTenure() =>
        [.. MetricBands.TenureMonths.Select((months, i) => new TenureFigures(months, _tenureCohort[i], _tenurePlaced[i]))];

    public FoundViaCounts FoundVia() => new(_foundSelf, _foundProgram, _foundUnknown);

    public EmploymentFigures Employment() => new(_salary.ToStatistics(), _scope.ToStatistics());

    public IReadOnlyList<AgeGroupFigures> AgeGroups() =>
        [.. MetricBands.AgeGroups.Select((name, i) => _ageGroups[i].Figures(name))];

    public IReadOnlyList<SourceCount> RecruitmentSources() =>
    [
        .. SpotCodes.RecruitmentSources.Append(MetricBands.UnknownSource)
            .Select((source, i) => new SourceCount(source, _sources[i])),
    ];

    private sealed class AgeGroup
    {
        public int N;
        public int Working;
        public readonly RunningStatistics Scope = new(), Salary = new();

        public AgeGroupFigures Figures(string name)
        {
            var meanScope = Scope.Mean;
            var meanSalary = Salary.Mean;
            double? perFullPosition = meanScope is > 0 && meanSalary is { } salary ? salary / (meanScope.Value / 100) : null;
            return new AgeGroupFigures(name, N, Working, meanScope, meanSalary, perFullPosition) { MedianSalary = Salary.Median };
        }
    }
}
