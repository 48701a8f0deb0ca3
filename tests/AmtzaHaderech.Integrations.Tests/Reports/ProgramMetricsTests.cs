using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Mirror;

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

    [Fact]
    public void Compute_OnlyLeadsAndUnconfiguredCenters_WritesNullsAndOrdersCenters()
    {
        var data = new SpotSnapshot(
        [
            new SpotParticipant { ParticipantId = "P1", Center = "zz", EnrolledOn = new DateOnly(2018, 1, 31) },
            new SpotParticipant { ParticipantId = "P2", Center = "aaa", EnrolledOn = new DateOnly(2018, 2, 28) },
            new SpotParticipant { ParticipantId = "P3", Center = "lead-only" },
            new SpotParticipant { ParticipantId = "P4", EnrolledOn = new DateOnly(2018, 3, 1) },
        ], [], []);

        var json = JsonNode.Parse(MetricsJson.Serialize(ProgramMetrics.Compute(data, new DateOnly(2018, 4, 30), ["tlv"])))!;

        Assert.Equal(["tlv", "aaa", "zz", "all"], json["centers"]!.AsArray().Select(c => (string?)c!["center"]));
        Assert.Equal(["tlv", "aaa", "zz", "all"], json["ageBands"]!.AsObject().Select(p => p.Key));
        var tlv = json["centers"]![0]!;
        Assert.Equal((0, null, null), ((int)tlv["total"]!, tlv["placementRate"], tlv["meanAge"]));
        Assert.Equal(3, (int)json["centers"]![3]!["total"]!);
        Assert.Null(json["ageBands"]!["all"]![0]!["share"]);
        Assert.Null(json["employment"]!["salary"]!["sd"]);
        // 2018-01-31 + 3 months is 2018-04-30 (clamped), so P1 is in the 3-month cohort on that day.
        Assert.Equal(1, (int)json["placedByTenure"]![0]!["cohort"]!);
        Assert.Equal(3, (int)json["recruitmentSources"]![6]!["count"]!);
    }
}
