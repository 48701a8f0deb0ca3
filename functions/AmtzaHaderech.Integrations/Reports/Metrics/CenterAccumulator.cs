namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// Figures 1 and 2 (centers, age bands) for one center or for `all`.
internal sealed class CenterAccumulator(string center)
{
    private int _total;
    private int _active;
    private int _placed;
    private long _ageSum;
    private int _withAge;
    private readonly int[] _ageBands = new int[MetricBands.AgeBands.Length];

    public void Add(bool active, bool placed, int? age)
    {
        _total++;
        if (placed) _placed++;
        if (!active) return;
        _active++;
        if (age is not { } years) return;
        _ageSum += years;
        _withAge++;
        _ageBands[MetricBands.AgeBand(years)]++;
    }

    public CenterFigures Figures() => new(center, _total, _active, _placed,
        MetricBands.Ratio(_placed, _total), MetricBands.Ratio(_ageSum, _withAge));

    public IReadOnlyList<BandCount> AgeBands() =>
        [.. MetricBands.AgeBands.Select((band, i) => new BandCount(band, _ageBands[i], MetricBands.Ratio(_ageBands[i], _withAge)))];
}
