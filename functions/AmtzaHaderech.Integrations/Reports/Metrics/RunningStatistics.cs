namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// Count, mean, sample standard deviation and median. Sums are kept in decimal, which is exact
/// for shekels and percents, so the result does not depend on the order values arrive in. The
/// median needs the values themselves: one per person working at D, a few hundred kilobytes for
/// the largest program.
internal sealed class RunningStatistics
{
    private int _n;
    private decimal _sum;
    private decimal _sumOfSquares;
    private readonly List<decimal> _values = [];

    public void Add(decimal value)
    {
        _n++;
        _sum += value;
        _sumOfSquares += value * value;
        _values.Add(value);
    }

    /// The middle value, or the mean of the two middle ones; null when there are none.
    public double? Median
    {
        get
        {
            if (_n == 0) return null;
            _values.Sort();
            var middle = _n / 2;
            return _n % 2 == 1 ? (double)_values[middle] : (double)((_values[middle - 1] + _values[middle]) / 2);
        }
    }

    public double? Mean => _n == 0 ? null : (double)(_sum / _n);

    public double? StandardDeviation
    {
        get
        {
            if (_n < 2) return null;
            var variance = (_sumOfSquares - _sum * _sum / _n) / (_n - 1);
            return Math.Sqrt((double)Math.Max(variance, 0m));
        }
    }

    public Statistics ToStatistics() => new(_n, Mean, StandardDeviation) { Median = Median };
}
