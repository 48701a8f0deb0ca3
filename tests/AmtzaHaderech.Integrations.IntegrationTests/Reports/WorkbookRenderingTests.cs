using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.CallLists;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spreadsheets;
using AmtzaHaderech.Integrations.TestData;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// Each workbook opened by LibreOffice (not by the library that wrote it) and printed: the
/// pages are saved as PNGs under `artifacts/reports/`, and the printed text must show the
/// Hebrew titles and the figures the metrics computed, formatted as staff read them.
public sealed class WorkbookRenderingTests
{
    private const string DataSource = "נתוני SPOT נכון ל-26/11/2026 09:00";
    private static readonly string[] Centers = ["tlv", "ksb", "mod"];

    [Fact]
    public async Task ProgramWorkbook_PrintedByLibreOffice_ShowsTitlesAndFigures()
    {
        var report = ProgramMetrics.Compute(await SampleAsync(), new DateOnly(2018, 11, 1), Centers);
        using var workbook = new MemoryStream();
        ProgramWorkbook.Write(report, workbook, DataSource, DefaultNames.Load());

        var rendering = await LibreOffice.RenderAsync(workbook.ToArray(), "program-report");

        Assert.True(rendering.Pages.Count >= 9, $"{rendering.Pages.Count} pages for 9 sheets");
        Assert.All(rendering.Pages, page => Assert.True(new FileInfo(page).Length > 1000, page));
        Assert.Contains("משתתפים והשמה לפי מרכז", rendering.Text);
        Assert.Contains("זמן מהרישום עד ההשמה הראשונה", rendering.Text);
        Assert.Contains("01/11/2018", rendering.Text);
        Assert.Contains("כפר סבא", rendering.Text);
        var all = report.Centers[^1];
        Assert.Contains(Percent(all.PlacementRate), rendering.Text);
        Assert.Contains(all.MeanAge!.Value.ToString("0.0", CultureInfo.InvariantCulture), rendering.Text);
        Assert.Contains(report.Employment.Salary.Median!.Value.ToString("#,##0", CultureInfo.InvariantCulture), rendering.Text);
    }

    [Fact]
    public async Task CoordinatorWorkbook_PrintedByLibreOffice_ShowsTitleFiguresAndCallList()
    {
        var report = CoordinatorMetrics.Compute(await SampleAsync(), new ReportMonth(2018, 10), Centers);
        using var workbook = new MemoryStream();
        CoordinatorWorkbook.Write(report, "tlv", workbook, DataSource, DefaultNames.Load());

        var rendering = await LibreOffice.RenderAsync(workbook.ToArray(), "coordinators-tlv-2018-10");

        Assert.NotEmpty(rendering.Pages);
        // pdftotext moves punctuation around in right-to-left lines: words are compared, not lines.
        Assert.Contains("דוח חודשי למקדמות התעסוקה", rendering.Text);
        Assert.Contains("תל אביב", rendering.Text);
        Assert.Contains("אוקטובר 2018", rendering.Text);
        Assert.Contains("רותי לוי", rendering.Text);
        Assert.DoesNotContain("tlv-coord", rendering.Text);
        var center = report.Centers.Single(c => c.Center == "tlv");
        Assert.Contains(Percent(center.PlacementRate), rendering.Text);
        var firstCall = report.Coordinators.Where(t => t.Center == "tlv").SelectMany(t => t.NoContact90).First();
        Assert.Contains(firstCall.ParticipantId, rendering.Text);
        Assert.Contains(firstCall.LatestContact.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), rendering.Text);
    }

    [Fact]
    public async Task EvaluationWorkbook_PrintedByLibreOffice_ShowsTitlesFiguresAndTheCaveat()
    {
        var data = await SpotExportReader.ReadFolderAsync(EvaluationFixture.SpotExportFolder);
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

    [Fact]
    public async Task CallListWorkbook_NarrowTableLongSubtitle_PrintedWhole()
    {
        // A subtitle far wider than the table under it: merged across the table and the empty
        // columns beside it and wrapped, every word of it is on the page.
        var subtitle = "נתוני SPOT נכון ל-26/11/2026 09:00 מתיקיית הייצוא /srv/exports/spot/2026-11-26/kfar-saba-and-raanana-and-hod-hasharon/סוף-השורה";
        var sheet = new XlSheet("בדיקה", "רשימה קצרה עם כותרת ארוכה מאוד שחייבת להודפס במלואה ולא להיחתך בקצה הדף, סוף-הכותרת", subtitle);
        sheet.Header("שם");
        sheet.Row(XlCell.Label("דנה"));
        using var workbook = new MemoryStream();
        XlWorkbook.Write([sheet], workbook);

        var rendering = await LibreOffice.RenderAsync(workbook.ToArray(), "long-subtitle");

        Assert.Contains("סוף-השורה", rendering.Text);
        Assert.Contains("סוף-הכותרת", rendering.Text);
        Assert.Contains("hod-hasharon", rendering.Text);
    }

    [Fact]
    public async Task CallListWorkbook_PrintedByLibreOffice_PeopleReasonsAndColumnsToFillIn()
    {
        CallListEntry[] people =
        [
            new("P00700135", "דוד Петрова", "+972542534899", "אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 26/11/2026)", new DateOnly(2018, 5, 1), 3145),
            new("P00700144", "Michael חדאד", "+972564250783", "בקשה לשיחה בבדיקה הרבעונית (01/12/2026)", new DateOnly(2018, 7, 31), 3054),
        ];
        using var workbook = new MemoryStream();
        CallListWorkbook.Write("מיכל אברהם", "כפר סבא", people, new DateTimeOffset(2026, 12, 10, 8, 0, 0, TimeSpan.Zero), workbook);

        var rendering = await LibreOffice.RenderAsync(workbook.ToArray(), "call-list");

        Assert.Contains("רשימת שיחות", rendering.Text);
        Assert.Contains("מיכל אברהם", rendering.Text);
        Assert.Contains("054-2534899", rendering.Text);
        Assert.Contains("בקשה לשיחה בבדיקה הרבעונית", rendering.Text);
        Assert.Contains("תוצאת השיחה", rendering.Text);
        Assert.Contains("שיחה הבאה", rendering.Text);
        Assert.Contains("3,145", rendering.Text);
    }

    private static Task<SpotSnapshot> SampleAsync() => SpotExportReader.ReadFolderAsync(AmtzaCli.Sample("spot-export"));

    private static string Percent(double? share) => (share!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
