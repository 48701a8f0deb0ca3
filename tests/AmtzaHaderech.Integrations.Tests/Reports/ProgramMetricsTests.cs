using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Reports.Metrics;

namespace AmtzaHaderech.Integrations.Tests.Reports;

public sealed class ProgramMetricsTests
{
    [Fact]
    public async Task Compute_SampleExportAt20181101_EqualsExpectedJson()
    {
        var data = await SampleData.LoadAsync();

        var report = ProgramMetrics.Compute(data, new DateOnly(2018, 11, 1), SampleData.Centers);

        var expected = JsonNode.Parse(await File.ReadAllTextAsync(
            Path.Combine(SampleData.SpotExportFolder, "expected-metrics-2018-11-01.json")));
        JsonTreeAssert.Equal(expected, JsonNode.Parse(MetricsJson.Serialize(report)));
    }
}
