using System.Text.Json;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Reports.Metrics;
using CsCheck;

namespace AmtzaHaderech.Integrations.Tests.Reports;

public sealed class ProgramMetricsPropertyTests
{
    private static readonly string[] Configured = ["tlv", "ksb", "mod"];

    [Fact]
    public void Compute_GeneratedDataAtAnyDate_EqualsNaiveImplementation()
    {
        Gen.Select(SpotDataGen.Snapshot, SpotDataGen.Day).Sample((data, asOf) =>
        {
            var expected = NaiveProgramMetrics.Compute(data, asOf, Configured);
            var actual = JsonNode.Parse(MetricsJson.Serialize(ProgramMetrics.Compute(data, asOf, Configured)));
            JsonTreeAssert.Equal(expected, actual);
        }, iter: 400, print: t => JsonSerializer.Serialize(new { asOf = t.Item2, t.Item1.Participants, t.Item1.Episodes }));
    }

    [Fact]
    public async Task NaiveCompute_SampleExportAt20181101_EqualsExpectedJson()
    {
        // The oracle itself must agree with the contract's worked example.
        var data = await SampleData.LoadAsync();
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(
            Path.Combine(SampleData.SpotExportFolder, "expected-metrics-2018-11-01.json")));

        JsonTreeAssert.Equal(expected, NaiveProgramMetrics.Compute(data, new DateOnly(2018, 11, 1), Configured));
    }
}
