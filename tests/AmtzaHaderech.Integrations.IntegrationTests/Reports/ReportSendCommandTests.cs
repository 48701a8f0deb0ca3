using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// `amtza report send` as an operator runs it without Graph: the monthly jobs from the store
/// into a local folder, in the same layout as the channels' files.
[Collection(StorageCollection.Name)]
public sealed class ReportSendCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ReportSend_NoGraph_WritesBothReportsToTheFolder()
    {
        var env = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var folder = Path.Combine(Path.GetTempPath(), "amtza-send-" + Guid.NewGuid().ToString("N"));
        try
        {
            var import = await AmtzaCli.RunAsync(["import", "spot-export", AmtzaCli.Sample("spot-export")], env);
            Assert.Equal(0, import.ExitCode);

            var coordinators = await AmtzaCli.RunAsync(["report", "send", "coordinators", "--month", "2018-10", "--out", folder, "--json"], env);
            var program = await AmtzaCli.RunAsync(["report", "send", "program", "--out", folder, "--now", "2018-11-03", "--json"], env);

            Assert.True(coordinators.ExitCode == 0, coordinators.Stderr);
            var deliveries = coordinators.Json.GetProperty("deliveries").EnumerateArray().ToList();
            Assert.NotEmpty(deliveries);
            foreach (var delivery in deliveries)
            {
                Assert.Equal("written", delivery.GetProperty("status").GetString());
                Assert.True(File.Exists(delivery.GetProperty("location").GetString()));
            }
            Assert.Contains(deliveries, d => d.GetProperty("file").GetString() == "coordinators-tlv-2018-10.xlsx");
            Assert.True(program.ExitCode == 0, program.Stderr);
            Assert.True(File.Exists(Path.Combine(folder, "head-office", "2018", "program-report-2018-10-31.xlsx")));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ReportSendEvaluation_NoGraph_WritesLastMonthsReportToTheFolder()
    {
        var env = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var folder = Path.Combine(Path.GetTempPath(), "amtza-send-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, (await AmtzaCli.RunAsync(["import", "spot-export", AmtzaCli.Sample("spot-export")], env)).ExitCode);

            var run = await AmtzaCli.RunAsync(["report", "send", "evaluation", "--out", folder, "--now", "2018-11-03", "--json"], env);

            Assert.True(run.ExitCode == 0, run.Stderr);
            var delivery = Assert.Single(run.Json.GetProperty("deliveries").EnumerateArray());
            Assert.Equal(("head-office", "evaluation-report-2018-10-31.xlsx", "written"),
                (delivery.GetProperty("channel").GetString(), delivery.GetProperty("file").GetString(), delivery.GetProperty("status").GetString()));
            Assert.True(File.Exists(Path.Combine(folder, "head-office", "2018", "evaluation-report-2018-10-31.xlsx")));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ReportSend_BadMonth_ExitsWithUsageError()
    {
        var run = await AmtzaCli.RunAsync(["report", "send", "coordinators", "--month", "October"], AmtzaCli.On(azurite, AzuriteFixture.NewPrefix()));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--month", run.Stderr);
    }
}
