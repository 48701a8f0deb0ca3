using System.Net;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Export;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// Delivery to Teams against the Graph fake: the channel's files folder, `Reports/<yyyy>/`,
/// simple and session uploads, replacement, the card on the Workflows webhook, throttling.
public sealed class TeamsDeliveryTests : IDisposable
{
    private const string Team = "3f2a9c51-team";
    private const string Channel = "19:a1b2c3@thread.tacv2";

    private readonly GraphFake _graph = new();
    private readonly string _folder;

    public TeamsDeliveryTests() => _folder = _graph.AddChannel(Team, Channel);

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task DeliverAsync_SmallWorkbook_UploadsIntoYearFolderAndPostsCardWithLink()
    {
        var content = await ProgramWorkbookAsync();
        var delivery = Delivery();

        var receipt = await delivery.DeliverAsync(File("head-office", "program-report-2018-10-31.xlsx", content));

        var file = Assert.Single(_graph.FilesIn(_folder, "Reports/2018"));
        Assert.Equal("program-report-2018-10-31.xlsx", file.Name);
        Assert.Equal(content, file.Content);
        Assert.DoesNotContain(_graph.Requests, r => r.Path.Contains("createUploadSession"));
        Assert.Equal(DeliveryReceipt.Uploaded, receipt.Status);
        Assert.True(receipt.Notified);
        Assert.EndsWith("/General/Reports/2018/program-report-2018-10-31.xlsx", receipt.Location);

        var (hook, card) = Assert.Single(_graph.Cards);
        Assert.Equal("head-office", hook);
        Assert.Equal("message", (string?)card["type"]);
        var attachment = card["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.True((bool?)attachment["content"]!["rtl"]);
        Assert.Equal("דוח בדיקה", (string?)attachment["content"]!["body"]![0]!["text"]);
        Assert.Equal(receipt.Location, (string?)attachment["content"]!["actions"]![0]!["url"]);
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task DeliverAsync_SameMonthTwice_ReplacesTheEarlierFile()
    {
        var delivery = Delivery();
        var first = await delivery.DeliverAsync(File("head-office", "program-report-2018-10-31.xlsx", [1, 2, 3]));

        var second = await delivery.DeliverAsync(File("head-office", "program-report-2018-10-31.xlsx", [4, 5, 6, 7]));

        var file = Assert.Single(_graph.FilesIn(_folder, "Reports/2018"));
        Assert.Equal([4, 5, 6, 7], file.Content);
        Assert.Equal(2, file.Versions);
        Assert.Equal(first.Location, second.Location);
        Assert.Equal(2, _graph.Cards.Count);
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task DeliverAsync_WorkbookOver4MiB_UploadsInSessionChunksOf320KiBMultiples()
    {
        var content = GeneratedWorkbooks.Coordinators(people: 110_000);
        Assert.True(content.Length > GraphFake.SimpleUploadLimit, $"the generated workbook has {content.Length} bytes");
        var delivery = Delivery(("Reports:ChunkSize", (4 * GraphFake.ChunkUnit).ToString()));

        var receipt = await delivery.DeliverAsync(File("head-office", "coordinators-tlv-2018-10.xlsx", content, year: 2018));

        Assert.Equal(content, Assert.Single(_graph.FilesIn(_folder, "Reports/2018")).Content);
        Assert.DoesNotContain(_graph.Requests, r => r.Method == "PUT" && r.Path.EndsWith("/content"));
        Assert.True(_graph.Chunks.Count >= 4, $"{_graph.Chunks.Count} chunks");
        Assert.All(_graph.Chunks.SkipLast(1), c => Assert.Equal(4 * GraphFake.ChunkUnit, c.Length));
        Assert.Equal(content.Length, _graph.Chunks.Sum(c => (long)c.Length));
        Assert.All(_graph.Chunks.Zip(_graph.Chunks.Skip(1)), pair => Assert.Equal(pair.First.To + 1, pair.Second.From));
        Assert.DoesNotContain(_graph.Requests, r => r.Path.StartsWith("/upload/") && r.HadAuthorization);
        Assert.True(receipt.Notified);
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task DeliverAsync_Throttled_WaitsRetryAfterThenSucceeds()
    {
        _graph.ThrottleOnce((method, path) => path.EndsWith("/filesFolder"));
        _graph.ThrottleOnce((method, path) => method == "PUT" && path.EndsWith("/content"));
        _graph.ThrottleOnce((method, path) => path.StartsWith("/workflows/"));
        var delivery = Delivery();

        var receipt = await delivery.DeliverAsync(File("head-office", "program-report-2018-10-31.xlsx", [9, 8, 7]));

        Assert.Equal([9, 8, 7], Assert.Single(_graph.FilesIn(_folder, "Reports/2018")).Content);
        Assert.Single(_graph.Cards);
        Assert.True(receipt.Notified);
        foreach (var match in new Func<GraphFake.RequestSeen, bool>[]
                 {
                     r => r.Path.EndsWith("/filesFolder"), r => r.Method == "PUT" && r.Path.EndsWith("/content"), r => r.Path.StartsWith("/workflows/"),
                 })
        {
            var tries = _graph.Requests.Where(match).ToList();
            Assert.Equal(2, tries.Count);
            Assert.True(tries[1].At - tries[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(tries[1].At - tries[0].At).TotalSeconds:0.00} s");
        }
        Assert.Empty(_graph.Problems);
    }

    [Fact]
    public async Task DeliverAsync_WrongToken_FailsWithoutUploading()
    {
        var delivery = Delivery(token: "not-the-token");

        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(
            () => delivery.DeliverAsync(File("head-office", "program-report-2018-10-31.xlsx", [1])));

        Assert.Equal((int)HttpStatusCode.Unauthorized, error.ResponseStatusCode);
        Assert.Empty(_graph.Cards);
        Assert.DoesNotContain(_graph.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task DeliverAsync_ChannelNotConfigured_SendsNothing()
    {
        var delivery = Delivery();

        var receipt = await delivery.DeliverAsync(File("ksb", "coordinators-ksb-2018-10.xlsx", [1]));

        Assert.Equal(DeliveryReceipt.NoChannel, receipt.Status);
        Assert.Empty(_graph.Requests);
    }

    private IReportDelivery Delivery(params (string Key, string Value)[] extra) => Delivery(GraphFake.Token, extra);

    private IReportDelivery Delivery(string token, params (string Key, string Value)[] extra)
    {
        var settings = ReportsTesting.Settings(_graph, ("head-office", Team, Channel));
        foreach (var (key, value) in extra) settings[key] = value;
        var host = ReportsTesting.DeliveryHost(settings, ReportsTesting.Services(_graph, token));
        var delivery = host.Services.GetRequiredService<IReportDelivery>();
        Assert.IsType<GraphReportDelivery>(delivery);
        return delivery;
    }

    private static ReportFile File(string channel, string name, byte[] content, int year = 2018) =>
        new(channel, year, name, content, new ReportNotice("דוח בדיקה", "הדוח נשמר בקבצי הערוץ.", [new ReportFact("משתתפים", "1,234")]));

    private static async Task<byte[]> ProgramWorkbookAsync()
    {
        var data = await SpotExportReader.ReadFolderAsync(AmtzaCli.Sample("spot-export"));
        using var buffer = new MemoryStream();
        ProgramWorkbook.Write(ProgramMetrics.Compute(data, new DateOnly(2018, 10, 31), ["tlv", "ksb", "mod"]), buffer, "test", DefaultNames.Load());
        return buffer.ToArray();
    }
}
