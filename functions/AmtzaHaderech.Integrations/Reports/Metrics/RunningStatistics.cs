namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// Count, mean and sample standard deviation. Sums are kept in decimal, which is exact for
/// shekels and percents, so the result does not depend on the order values arrive in.
internal sealed class RunningStatistics
{
    private int _n;
    private decimal _sum;
    private decimal _sumOfSquares;

    public void Add(decimal value)
    {
        _n++;
        _sum += value;
        _sumOfSquares += value * value;
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

    public Statistics ToStatistics() => new(_n, Mean, StandardDeviation);
}
