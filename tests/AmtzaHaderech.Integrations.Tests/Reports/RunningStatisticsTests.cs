using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Reports.Metrics;

namespace AmtzaHaderech.Integrations.Tests.Reports;

public sealed class RunningStatisticsTests
{
    [Theory]
    [InlineData(new double[] { }, null)]
    [InlineData(new double[] { 7000 }, 7000.0)]
    [InlineData(new double[] { 30000, 6000, 9000 }, 9000.0)]
    [InlineData(new double[] { 12000, 6000, 9000, 30000 }, 10500.0)]
    public void Median_Values_MiddleOrMeanOfTheTwoMiddle(double[] values, double? expected)
    {
        var statistics = new RunningStatistics();
        foreach (var value in values) statistics.Add((decimal)value);

        Assert.Equal(expected, statistics.ToStatistics().Median);
    }

    [Fact]
    public void Serialize_StatisticsWithMedian_KeepsMetricsJsonShape()
    {
        var statistics = new RunningStatistics();
        foreach (var value in new[] { 6000m, 9000m, 30000m }) statistics.Add(value);

        var json = JsonNode.Parse(MetricsJson.Serialize(statistics.ToStatistics()))!.AsObject();

        Assert.Equal(["n", "mean", "sd"], json.Select(p => p.Key));
    }
}
