using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.TestData;
using AmtzaHaderech.Integrations.Tests.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// `amtza report evaluation` as an operator runs it: the hand-computed SPOT fixture imported into
/// a store, the report at both of its dates, the JSON file and the workbook.
[Collection(StorageCollection.Name)]
public sealed class EvaluationReportCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "amtza-evaluation-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ReportEvaluation_HandComputedFixtureInTheStore_WritesExpectedJsonAndWorkbook()
    {
        Directory.CreateDirectory(_folder);
        var env = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var import = await AmtzaCli.RunAsync(["import", "spot-export", EvaluationFixture.SpotExportFolder], env);
        Assert.True(import.ExitCode == 0, import.Stderr);

        foreach (var (asOf, window) in new[]
        {
            (EvaluationFixture.FirstDate, Array.Empty<string>()),
            (EvaluationFixture.SecondDate, ["--from", "2018-03-01", "--to", "2019-08-31"]),
        })
        {
            var (json, workbook) = (Path.Combine(_folder, $"{asOf:yyyy-MM-dd}.json"), Path.Combine(_folder, $"{asOf:yyyy-MM-dd}.xlsx"));
            var run = await AmtzaCli.RunAsync(["report", "evaluation", "--as-of", $"{asOf:yyyy-MM-dd}", .. window, "--json", json, "--out", workbook], env);

            Assert.True(run.ExitCode == 0, run.Stderr);
            var actual = JsonNode.Parse(await File.ReadAllTextAsync(json))!.AsObject();
            var expected = JsonNode.Parse(await File.ReadAllTextAsync(EvaluationFixture.ExpectedJsonPath(asOf)))!.AsObject();
            Assert.Equal("store", (string?)actual["source"]!["kind"]);
            JsonTreeAssert.Equal(expected["channels"], actual["channels"]);
            JsonTreeAssert.Equal(expected["workshops"], actual["workshops"]);
            // The store holds no referrals here: every channel of the funnel is there, with nothing in it.
            Assert.Equal(expected["funnel"]!["from"]!.GetValue<string>(), actual["funnel"]!["from"]!.GetValue<string>());
            Assert.All(actual["funnel"]!["channels"]!.AsArray(), c => Assert.Equal(0, (int)c!["records"]!));
            AssertWorkbook(workbook, expected);
        }
    }

    [Fact]
    public async Task ReportEvaluation_OnlyFrom_ExitsWithUsageError()
    {
        var run = await AmtzaCli.RunAsync(["report", "evaluation", "--as-of", "2019-02-28", "--from", "2018-01-01"],
            AmtzaCli.On(azurite, AzuriteFixture.NewPrefix()));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from and --to", run.Stderr);
    }

    [Fact]
    public async Task ReportEvaluation_JsonWithoutFile_PrintsTheReportOnly()
    {
        var env = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        Assert.Equal(0, (await AmtzaCli.RunAsync(["import", "spot-export", EvaluationFixture.SpotExportFolder], env)).ExitCode);

        var run = await AmtzaCli.RunAsync(["report", "evaluation", "--as-of", "2019-02-28", "--json"], env);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(["asOf", "channels", "workshops", "funnel", "source"], run.Json.EnumerateObject().Select(p => p.Name));
    }

    /// Three sheets, right to left, the figures as numbers, a chart on the channels and on the workshops.
    private static void AssertWorkbook(string path, JsonObject expected)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["ערוצי גיוס", "סדנאות", "מסלול ההפניות"], sheets.Select(s => s.Name!.Value));
        var parts = sheets.Select(s => (WorksheetPart)workbook.GetPartById(s.Id!)).ToList();
        Assert.All(parts, p => Assert.True(p.Worksheet.Descendants<SheetView>().Single().RightToLeft?.Value));
        Assert.Equal([1, 1, 0], parts.Select(p => p.DrawingsPart?.ChartParts.Count() ?? 0));

        var enrolled = parts[0].Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B5");
        Assert.Null(enrolled.DataType); // a number, not text
        Assert.Equal((int)expected["channels"]![0]!["enrolled"]!, int.Parse(enrolled.CellValue!.Text));
        var attendances = parts[1].Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B6");
        Assert.Equal((int)expected["workshops"]![1]!["attendances"]!, int.Parse(attendances.CellValue!.Text));
    }
}
