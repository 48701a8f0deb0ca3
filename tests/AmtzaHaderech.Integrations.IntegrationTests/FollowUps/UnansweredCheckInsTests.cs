using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Mirror;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.FollowUpData;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// The coordinators' monthly call list gets the check-ins nobody answered, with what really
/// happened: a quarterly check-in caught up years after its due date is in the month it was
/// sent, not in the month it fell due (which no report would ever show again).
[Collection(StorageCollection.Name)]
public sealed class UnansweredCheckInsTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset TenAm = IsraelTime.At(Today, new TimeOnly(10, 0));
    private static readonly DateOnly LongAgo = new(2018, 1, 1);

    [Fact]
    public async Task UnansweredFollowUpsAsync_CheckInCaughtUpYearsLate_InTheMonthItWasSent()
    {
        var (hub, _, _) = await FollowUpsHub.RecordingAsync(azurite, Today);
        await using var _h = hub;
        var data = new SpotSnapshot(
            [Person("P1", LongAgo, center: "ksb"), Person("P2", LongAgo, phone: null, email: null, center: "ksb")], [], []);
        await FollowUpsHub.MirrorAsync(hub, data);

        var run = await FollowUpsHub.RunAtAsync(hub, TenAm);
        var november = await hub.Get<FollowUpQueries>().UnansweredFollowUpsAsync(new ReportMonth(2026, 11));
        var dueMonth = await hub.Get<FollowUpQueries>().UnansweredFollowUpsAsync(new ReportMonth(2018, 3));

        var sent = Assert.Single(run.Sent);
        Assert.True(sent.DueOn < new DateOnly(2019, 1, 1));
        Assert.Empty(dueMonth);
        Assert.Equal(["P1", "P2"], november.Select(f => f.ParticipantId).Order(StringComparer.Ordinal));
        Assert.All(november, f => Assert.Equal(Today, f.AskedOn));
        Assert.True(november.Single(f => f.ParticipantId == "P1").Reached);
        Assert.False(november.Single(f => f.ParticipantId == "P2").Reached);

        var report = CoordinatorMetrics.Compute(data, new ReportMonth(2026, 11), ["ksb"], november);
        var calls = CoordinatorWorkbook.CallList(Assert.Single(report.Coordinators));
        Assert.Equal(2, calls.Count);
        Assert.Equal("אין מענה לבדיקה הרבעונית (נשלחה 22/11/2026); ללא קשר יותר מ-90 יום", calls.Single(c => c.ParticipantId == "P1").Reason);
        Assert.StartsWith("אין דרך לשלוח את הבדיקה הרבעונית", calls.Single(c => c.ParticipantId == "P2").Reason);
    }
}
