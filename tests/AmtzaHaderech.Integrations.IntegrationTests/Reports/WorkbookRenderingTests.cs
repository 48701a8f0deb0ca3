using System.Globalization;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.TestData;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// Each workbook opened by LibreOffice (not by the library that wrote it) and printed: the
/// pages are saved as PNGs under `artifacts/reports/`, and the printed text must show the
/// Hebrew titles and the figures the metrics computed, formatted as staff read them.
public sealed class WorkbookRenderingTests
{
    private const string DataSource = "SPOT (samples)";
    private static readonly string[] Centers = ["tlv", "ksb", "mod"];

    [Fact]
    public async Task ProgramWorkbook_PrintedByLibreOffice_ShowsTitlesAndFigures()
    {
        var report = ProgramMetrics.Compute(await SampleAsync(), new DateOnly(2018, 11, 1), Centers);
        using var workbook = new MemoryStream();
        ProgramWorkbook.Write(report, workbook, DataSource);

        var rendering = await LibreOffice.RenderAsync(workbook.ToArray(), "program-report");

        Assert.True(rendering.Pages.Count >= 9, $"{rendering.Pages.Count} pages for 9 sheets");
        Assert.All(rendering.Pages, page => Assert.True(new FileInfo(page).Length > 1000, page));
        Assert.Contains("משתתפים והשמה לפי מרכז", rendering.Text);
        Assert.Contains("זמן מהרישום עד ההשמה הראשונה", rendering.Text);
        Assert.Contains("01/11/2018", rendering.Text);
        var all = report.Centers[^1];
        Assert.Contains(Percent(all.PlacementRate), rendering.Text);
        Assert.Contains(all.MeanAge!.Value.ToString("0.00", CultureInfo.InvariantCulture), rendering.Text);
    }

    [Fact]
    public async Task CoordinatorWorkbook_PrintedByLibreOffice_ShowsTitleFiguresAndCallList()
    {
        var report = CoordinatorMetrics.Compute(await SampleAsync(), new ReportMonth(2018, 10), Centers);
        using var workbook = new MemoryStream();
        CoordinatorWorkbook.Write(report, "tlv", workbook, DataSource);

        var rendering = await LibreOffice.RenderAsync(workbook.ToArray(), "coordinators-tlv-2018-10");

        Assert.NotEmpty(rendering.Pages);
        Assert.Contains("דוח חודשי למקדמות התעסוקה", rendering.Text);
        Assert.Contains("31/10/2018", rendering.Text);
        var center = report.Centers.Single(c => c.Center == "tlv");
        Assert.Contains(Percent(center.PlacementRate), rendering.Text);
        var firstCall = report.Coordinators.Where(t => t.Center == "tlv").SelectMany(t => t.NoContact90).First();
        Assert.Contains(firstCall.ParticipantId, rendering.Text);
        Assert.Contains(firstCall.LatestContact.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), rendering.Text);
    }

    [Fact]
    public async Task EvaluationWorkbook_PrintedByLibreOffice_ShowsTitlesFiguresAndTheCaveat()
    {
        var data = await SpotExportSnapshot.LoadFolderAsync(EvaluationFixture.SpotExportFolder);
        var report = EvaluationMetrics.Compute(data, EvaluationFixture.FirstDate, EvaluationFixture.Funnel);
        using var workbook = new MemoryStream();
        EvaluationWorkbook.Write(report, workbook, DataSource);

        var rendering = await LibreOffice.RenderAsync(workbook.ToArray(), "evaluation-report");

        Assert.True(rendering.Pages.Count >= 3, $"{rendering.Pages.Count} pages for 3 sheets");
        Assert.Contains("השמה והתמדה בעבודה", rendering.Text);
        Assert.Contains("מה עלה בגורל כל הפניה", rendering.Text);
        Assert.Contains("מתארת ואינה מוכיחה", rendering.Text);
        Assert.Contains("28/02/2019", rendering.Text);
        Assert.Contains(Percent(report.Channels[^1].PlacementRate), rendering.Text);
        Assert.Contains(Percent(report.Workshops[1].ComparisonRate6), rendering.Text);
    }

    private static Task<SpotExportSnapshot> SampleAsync() => SpotExportSnapshot.LoadFolderAsync(AmtzaCli.Sample("spot-export"));

    private static string Percent(double? share) => (share!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
