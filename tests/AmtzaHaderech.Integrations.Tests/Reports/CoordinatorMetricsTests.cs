using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Reports.Metrics;

namespace AmtzaHaderech.Integrations.Tests.Reports;

public sealed class CoordinatorMetricsTests
{
    private static readonly ReportMonth October2018 = new(2018, 10);

    [Fact]
    public async Task Compute_SampleOctober2018_ModCoordinatorFiguresMatchHandCount()
    {
        var report = CoordinatorMetrics.Compute(await SampleData.LoadAsync(), October2018, SampleData.Centers);

        var row = Assert.Single(report.Coordinators, c => c.Coordinator == "mod-coord-1@example.org");
        Assert.Equal("mod", row.Center);
        Assert.Equal((16, 14, 9, 0, 2), (row.Total, row.Active, row.Placed, row.NewEnrolments, row.FirstPlacements));
        Assert.Equal(9 / 16.0, row.PlacementRate);
        Assert.Equal((5, 2, 4), (row.Meetings, row.Workshops, row.Events));
        // P00700092: last contact an e-mail on 2018-04-01; the two later message_sent rows are no contact.
        Assert.Equal(
            [
                new ContactDue("P00700092", "שרה מזרחי", "+972558747102", new DateOnly(2018, 4, 1), 213),
                new ContactDue("P00700085", "דוד חדאד", "+972521118619", new DateOnly(2018, 5, 19), 165),
                new ContactDue("P00700094", "אבי מזרחי", "+972546078850", new DateOnly(2018, 6, 26), 127),
            ],
            row.NoContact90);
        Assert.Empty(row.FollowUpsDue);
    }

    [Fact]
    public async Task Compute_SampleOctober2018_TlvCoordinatorListsOldestContactFirstAndFallsBackToEnrolment()
    {
        var report = CoordinatorMetrics.Compute(await SampleData.LoadAsync(), October2018, SampleData.Centers);

        var row = Assert.Single(report.Coordinators, c => c.Coordinator == "tlv-coord-1@example.org");
        Assert.Equal((33, 25, 16, 3, 0), (row.Total, row.Active, row.Placed, row.NewEnrolments, row.FirstPlacements));
        Assert.Equal((1, 3, 1), (row.Meetings, row.Workshops, row.Events));
        Assert.Equal(11, row.NoContact90.Count);
        Assert.Equal(new ContactDue("P00700078", "משה פרידמן", "+972546082702", new DateOnly(2016, 11, 29), 701), row.NoContact90[0]);
        // P00700111 has no activity at all: the latest contact is the enrolment, 2018-07-14.
        Assert.Equal(new ContactDue("P00700111", "Сергей Smith", "+972536711619", new DateOnly(2018, 7, 14), 109), row.NoContact90[^1]);
    }

    [Fact]
    public async Task Compute_SampleOctober2018_CentersAndAllAddUpTheCoordinators()
    {
        var report = CoordinatorMetrics.Compute(await SampleData.LoadAsync(), October2018, SampleData.Centers);

        Assert.Equal(["tlv", "ksb", "mod"], report.Centers.Select(c => c.Center));
        Assert.Equal(report.Coordinators.Select(c => c.Coordinator).Order(StringComparer.Ordinal), report.Coordinators.Select(c => c.Coordinator));
        foreach (var center in report.Centers)
        {
            var rows = report.Coordinators.Where(c => c.Center == center.Center).ToList();
            Assert.Equal(rows.Sum(r => r.Total), center.Total);
            Assert.Equal(rows.Sum(r => r.Meetings), center.Meetings);
            Assert.Equal(rows.Sum(r => r.NoContact90.Count), center.NoContact90.Count);
        }
        Assert.Equal(report.Coordinators.Sum(r => r.Active), report.All.Active);
        Assert.Equal(new DateOnly(2018, 10, 31), report.AsOf);
    }

    [Fact]
    public async Task Compute_UnansweredFollowUps_ListsOnlyThoseDueInTheMonth()
    {
        IReadOnlyList<UnansweredFollowUp> followUps =
        [
            new("P00700092", "retention_3m", new DateOnly(2018, 10, 15)),
            new("P00700092", "quarterly", new DateOnly(2018, 11, 1)),
            new("P99999999", "quarterly", new DateOnly(2018, 10, 2)),
        ];

        var report = CoordinatorMetrics.Compute(await SampleData.LoadAsync(), October2018, SampleData.Centers, followUps);

        var expected = new FollowUpDue("P00700092", "שרה מזרחי", "+972558747102", new DateOnly(2018, 4, 1), 213,
            "retention_3m", new DateOnly(2018, 10, 15));
        Assert.Equal([expected], Assert.Single(report.Coordinators, c => c.Coordinator == "mod-coord-1@example.org").FollowUpsDue);
        Assert.Equal([expected], Assert.Single(report.Centers, c => c.Center == "mod").FollowUpsDue);
        Assert.Equal([expected], report.All.FollowUpsDue);
    }

    [Fact]
    public async Task Serialize_Report_HasTheContractShape()
    {
        var report = CoordinatorMetrics.Compute(await SampleData.LoadAsync(), October2018, SampleData.Centers);

        var json = JsonNode.Parse(MetricsJson.Serialize(report))!.AsObject();

        string[] figures =
        [
            "active", "total", "placed", "placementRate", "newEnrolments", "meetings", "workshops", "events",
            "firstPlacements", "noContact90", "followUpsDue",
        ];
        Assert.Equal(["month", "asOf", "coordinators", "centers", "all"], json.Select(p => p.Key));
        Assert.Equal("2018-10", (string?)json["month"]);
        Assert.Equal("2018-10-31", (string?)json["asOf"]);
        Assert.Equal(["coordinator", "center", .. figures], json["coordinators"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["center", .. figures], json["centers"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(figures, json["all"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["participantId", "name", "phone", "latestContact", "daysSince"],
            json["all"]!["noContact90"]![0]!.AsObject().Select(p => p.Key));
    }
}
