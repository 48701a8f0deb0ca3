using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using DocumentFormat.OpenXml.Packaging;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// The monthly jobs end to end: the SPOT sample in the store, the clock in November 2018, the
/// workbooks in each channel's `Reports/2018/` and a card on each channel's webhook.
[Collection(StorageCollection.Name)]
public sealed class ReportJobsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly GraphFake _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task ProgramReportJob_RunMonthly_DeliversLastMonthsReportToHeadOffice()
    {
        var headOffice = _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        await using var hub = await StartAsync(("head-office", "team-hq", "19:hq@thread.tacv2"));

        var receipt = await hub.Get<ProgramReportJob>().RunMonthlyAsync();

        var file = Assert.Single(_graph.FilesIn(headOffice, "Reports/2018"));
        Assert.Equal("program-report-2018-10-31.xlsx", file.Name);
        Assert.Contains("נכון ל-31/10/2018", SheetText(file.Content!));
        Assert.Equal(DeliveryReceipt.Uploaded, receipt.Status);
        var (hook, card) = Assert.Single(_graph.Cards);
        Assert.Equal("head-office", hook);
        Assert.Equal("דוח התוכנית נכון ל-31/10/2018", (string?)card["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task CoordinatorReportsJob_RunMonthly_DeliversEachCentersWorkbookToItsChannel()
    {
        var folders = new[] { "tlv", "ksb", "mod" }.ToDictionary(c => c, c => _graph.AddChannel("team-" + c, $"19:{c}@thread.tacv2"));
        await using var hub = await StartAsync([.. folders.Keys.Select(c => (c, "team-" + c, $"19:{c}@thread.tacv2"))]);
        var expected = CoordinatorMetrics.Compute(await hub.Get<SpotStoreReader>().LoadSnapshotAsync(), new ReportMonth(2018, 10), ["tlv", "ksb", "mod"]);

        var receipts = await hub.Get<CoordinatorReportsJob>().RunMonthlyAsync();

        var centers = expected.Coordinators.Select(c => c.Center).Distinct().Order().ToList();
        Assert.NotEmpty(centers);
        Assert.Equal(centers, receipts.Select(r => r.Channel).Order());
        foreach (var center in centers)
        {
            var file = Assert.Single(_graph.FilesIn(folders[center!], "Reports/2018"));
            Assert.Equal($"coordinators-{center}-2018-10.xlsx", file.Name);
            Assert.Contains(_graph.Cards, c => c.Hook == center);
        }
        Assert.All(receipts, r => Assert.True(r.Notified));
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task EvaluationReportJob_RunMonthly_DeliversToHeadOfficeWithACard()
    {
        var headOffice = _graph.AddChannel("team-hq", "19:hq@thread.tacv2");
        await using var hub = await StartAsync(("head-office", "team-hq", "19:hq@thread.tacv2"));

        var receipt = await hub.Get<EvaluationReportJob>().RunMonthlyAsync();

        var file = Assert.Single(_graph.FilesIn(headOffice, "Reports/2018"));
        Assert.Equal("evaluation-report-2018-10-31.xlsx", file.Name);
        Assert.Contains("נכון ל-31/10/2018", SheetText(file.Content!));
        Assert.Equal(DeliveryReceipt.Uploaded, receipt.Status);
        var (hook, card) = Assert.Single(_graph.Cards);
        Assert.Equal("head-office", hook);
        var content = card["attachments"]![0]!["content"]!;
        Assert.Equal("דוח הערכה נכון ל-31/10/2018", (string?)content["body"]![0]!["text"]);
        // The sample's one workshop is on the card, beside the channel that places soonest.
        var facts = content["body"]![2]!["facts"]!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("1", facts["סדנאות"]);
        Assert.Contains("%", facts["הערוץ המוביל בהשמה תוך 6 חודשים"]);
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task EvaluationReportJob_NoTeamsConfigured_WritesToLocalFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "amtza-reports-" + Guid.NewGuid().ToString("N"));
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2018, 11, 15),
            new() { ["Reports:LocalFolder"] = folder }, services => services.AddReportDelivery());
        await ImportSampleAsync(hub);
        try
        {
            var receipt = await hub.Get<EvaluationReportJob>().RunAsync(new DateOnly(2018, 11, 1));

            Assert.Equal(DeliveryReceipt.Written, receipt.Status);
            Assert.Equal(Path.Combine(folder, "head-office", "2018", "evaluation-report-2018-11-01.xlsx"), receipt.Location);
            Assert.True(File.Exists(receipt.Location));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ProgramReportJob_NoTeamsConfigured_WritesToLocalFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "amtza-reports-" + Guid.NewGuid().ToString("N"));
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2018, 11, 15),
            new() { ["Reports:LocalFolder"] = folder }, services => services.AddReportDelivery());
        await ImportSampleAsync(hub);
        try
        {
            var receipt = await hub.Get<ProgramReportJob>().RunAsync(new DateOnly(2018, 11, 1));

            var path = Path.Combine(folder, "head-office", "2018", "program-report-2018-11-01.xlsx");
            Assert.Equal(DeliveryReceipt.Written, receipt.Status);
            Assert.Equal(path, receipt.Location);
            Assert.Contains("נכון ל-01/11/2018", SheetText(await File.ReadAllBytesAsync(path)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<TestHub> StartAsync(params (string Key, string TeamId, string ChannelId)[] channels)
    {
        var hub = await TestHub.StartAsync(azurite, new DateOnly(2018, 11, 15), ReportsTesting.Settings(_graph, channels), ReportsTesting.Services(_graph));
        await ImportSampleAsync(hub);
        return hub;
    }

    private static Task ImportSampleAsync(TestHub hub) =>
        hub.Get<SpotExportImporter>().ImportFolderAsync(AmtzaCli.Sample("spot-export"));

    /// The first sheet's text: the subtitle says which date the report is as of.
    private static string SheetText(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        return document.WorkbookPart!.WorksheetParts.First().Worksheet.InnerText;
    }
}
