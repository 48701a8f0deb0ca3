using AmtzaHaderech.Integrations.Functions.Reports;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Reports;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Spot.Export;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// The monthly report timers invoked as the host would on 1 December 2018: the reports are
/// November's, delivered to the Graph fake.
[Collection(StorageCollection.Name)]
public sealed class ReportFunctionsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly GraphFake _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task SendMonthlyProgramReport_Timer_DeliversNovembersReport()
    {
        var folder = _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        await using var hub = await StartAsync(("head-office", "team-hq", "19:hq@thread.tacv2"));
        var function = ActivatorUtilities.CreateInstance<SendMonthlyProgramReport>(hub.Services);

        var receipt = await function.Run(new TimerInfo(), CancellationToken.None);

        Assert.Equal("program-report-2018-11-30.xlsx", receipt.FileName);
        Assert.Equal("program-report-2018-11-30.xlsx", Assert.Single(_graph.FilesIn(folder, "Reports/2018")).Name);
    }

    [Fact]
    public async Task SendMonthlyEvaluationReport_Timer_DeliversNovembersReportToHeadOffice()
    {
        var folder = _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        await using var hub = await StartAsync(("head-office", "team-hq", "19:hq@thread.tacv2"));
        var function = ActivatorUtilities.CreateInstance<SendMonthlyEvaluationReport>(hub.Services);

        var receipt = await function.Run(new TimerInfo(), CancellationToken.None);

        Assert.Equal(DeliveryReceipt.Uploaded, receipt.Status);
        Assert.Equal("evaluation-report-2018-11-30.xlsx", Assert.Single(_graph.FilesIn(folder, "Reports/2018")).Name);
        Assert.Contains(_graph.Cards, c => c.Hook == "head-office");
    }

    [Fact]
    public async Task SendMonthlyCoordinatorReports_Timer_DeliversNovembersReports()
    {
        var folder = _graph.AddChannel("team-tlv", "19:tlv@thread.tacv2");
        await using var hub = await StartAsync(("tlv", "team-tlv", "19:tlv@thread.tacv2"));
        var function = ActivatorUtilities.CreateInstance<SendMonthlyCoordinatorReports>(hub.Services);

        // Centers without a channel here (ksb, mod) are reported as not delivered, not failed.
        var receipts = await function.Run(new TimerInfo(), CancellationToken.None);

        Assert.Equal("coordinators-tlv-2018-11.xlsx", Assert.Single(_graph.FilesIn(folder, "Reports/2018")).Name);
        Assert.Contains(receipts, r => r.Channel == "tlv" && r.Status == DeliveryReceipt.Uploaded);
        Assert.All(receipts.Where(r => r.Channel != "tlv"), r => Assert.Equal(DeliveryReceipt.NoChannel, r.Status));
    }

    private async Task<TestHub> StartAsync((string Key, string TeamId, string ChannelId) channel)
    {
        var hub = await TestHub.StartAsync(azurite, new DateOnly(2018, 12, 1), ReportsTesting.Settings(_graph, channel), ReportsTesting.Services(_graph));
        await hub.Get<SpotExportImporter>().ImportFolderAsync(AmtzaCli.Sample("spot-export"));
        return hub;
    }
}
