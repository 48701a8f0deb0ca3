using System.Globalization;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Reports.Workbooks;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.TestData;
using static AmtzaHaderech.Integrations.Tests.Reports.Workbooks.WorkbookAssert;

namespace AmtzaHaderech.Integrations.Tests.Reports.Workbooks;

/// The evaluation workbook of the hand-computed case, read back without the SDK that wrote it.
public sealed class EvaluationWorkbookTests
{
    private static async Task<(EvaluationReport Report, XlsxPackage Package, byte[] Bytes)> WorkbookAsync(Func<EvaluationReport, EvaluationReport>? change = null)
    {
        var data = await SpotExportReader.ReadFolderAsync(EvaluationFixture.SpotExportFolder);
        var report = EvaluationMetrics.Compute(data, EvaluationFixture.FirstDate, EvaluationFixture.Funnel);
        report = change?.Invoke(report) ?? report;
        using var stream = new MemoryStream();
        EvaluationWorkbook.Write(report, stream, "SPOT (store)");
        return (report, new XlsxPackage(stream.ToArray()), stream.ToArray());
    }

    [Fact]
    public async Task EvaluationWorkbook_Fixture_ASheetPerPartRightToLeftWithDateAndSource()
    {
        var (_, package, bytes) = await WorkbookAsync();

        Valid(bytes);
        Assert.Equal(["ערוצי גיוס", "סדנאות", "מסלול ההפניות"], package.Sheets.Select(s => s.Name));
        foreach (var sheet in package.Sheets)
        {
            Assert.Equal("1", (string?)sheet.Xml.Descendants(XlsxPackage.Main + "sheetView").Single().Attribute("rightToLeft"));
            Assert.Contains("28/02/2019", sheet.Cell("A1").Value, StringComparison.Ordinal);
            Assert.Equal("SPOT (store)", sheet.Cell("A2").Value);
        }
        Assert.Equal("ערוצי גיוס: רישום, השמה והתמדה בעבודה, נכון ל-28/02/2019", package.Sheet("ערוצי גיוס").Cell("A1").Value);
        Assert.EndsWith(", הפניות שהתקבלו מ-01/03/2018 עד 28/02/2019", package.Sheet("מסלול ההפניות").Cell("A1").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationWorkbook_Fixture_FiguresAreNumbersWithFormats()
    {
        var (report, package, _) = await WorkbookAsync();
        var channels = package.Sheet("ערוצי גיוס");
        var workshops = package.Sheet("סדנאות");
        var funnel = package.Sheet("מסלול ההפניות");

        Assert.Equal("שירות התעסוקה", channels.Cell("A5").Value);
        Assert.Equal("כל הערוצים", channels.Cell("A12").Value);
        Assert.Equal(3, channels.Cell("B5").Number);
        Assert.Equal(2.0 / 3, channels.Cell("E5").Number, 12);
        Assert.Equal("0.0%", FormatCode(package, channels.Cell("E5").Style));
        Assert.Equal(5, channels.Cell("I12").Number); // median months to placement, all
        Assert.DoesNotContain(channels.Cells, c => c.Reference == "N12" && c.Value.Length > 0); // null: no value

        Assert.Equal(["(ללא שם)", "חזרה לעולם העבודה", "קורות חיים"], new[] { "A5", "A6", "A7" }.Select(r => workshops.Cell(r).Value));
        Assert.Equal(report.Workshops[1].Attendances, workshops.Cell("B6").Number);
        Assert.Equal(report.Workshops[1].ComparisonRate6!.Value, workshops.Cell("H6").Number, 12);
        Assert.Equal(report.Workshops[1].Difference!.Value, workshops.Cell("I6").Number, 12);

        Assert.Equal("כל הערוצים", funnel.Cell("F4").Value);
        Assert.Equal(10, funnel.Cell("F5").Number); // records
        Assert.Equal(5, funnel.Cell("F10").Number); // people
        Assert.Equal(0.8, funnel.Cell("F12").Number, 12); // eligible of people
        Assert.Equal(2, funnel.Cell("F19").Number); // enrolled
        Assert.Equal(150, funnel.Cell("F23").Number); // median days to enrolment
        Assert.All(funnel.Cells.Where(c => c.Reference[0] is >= 'B' and <= 'F' && Row(c) is >= 5 and <= 23), c => Assert.True(c.IsNumeric, c.Reference));
    }

    [Fact]
    public async Task EvaluationWorkbook_Fixture_ChartsForChannelsAndWorkshops()
    {
        var (report, package, _) = await WorkbookAsync();

        var channels = package.Sheet("ערוצי גיוס").Charts().Single();
        Assert.Equal(["'ערוצי גיוס'!$E$5:$E$12", "'ערוצי גיוס'!$H$5:$H$12"], Formulas(channels, "val"));
        var workshops = package.Sheet("סדנאות").Charts().Single();
        Assert.Equal(["'סדנאות'!$G$5:$G$7", "'סדנאות'!$H$5:$H$7"], Formulas(workshops, "val"));
        Assert.Equal("'סדנאות'!$A$5:$A$7", Formulas(workshops, "cat")[0]);
        // Cached values, so previews that do not recalculate draw the bars: the rates, nulls left out.
        var cached = workshops.Descendants(XlsxPackage.Chart + "numCache").First().Descendants(XlsxPackage.Chart + "v")
            .Select(v => double.Parse(v.Value, CultureInfo.InvariantCulture));
        Assert.Equal(report.Workshops.Where(w => w.Placed6Rate is not null).Select(w => w.Placed6Rate!.Value), cached);
        Assert.Empty(package.Sheet("מסלול ההפניות").Charts());
    }

    [Fact]
    public async Task EvaluationWorkbook_Fixture_SaysUnderTheWorkshopsThatItDescribesAndDoesNotProve()
    {
        var (_, package, _) = await WorkbookAsync();
        var sheet = package.Sheet("סדנאות");

        Assert.Equal(EvaluationSheets.DescribesNotProves, sheet.Cell("A9").Value);
        Assert.Contains("מתארת ואינה מוכיחה", sheet.Cell("A9").Value, StringComparison.Ordinal);
        // The sentence spills over its neighbours: the workshop column stays as wide as its names.
        var width = double.Parse((string)sheet.Xml.Descendants(XlsxPackage.Main + "col").First().Attribute("width")!, CultureInfo.InvariantCulture);
        Assert.True(width < 40, $"column A is {width} wide");
    }

    [Fact]
    public async Task EvaluationWorkbook_FormulaLikeWorkshopTitle_NeutralizedAndQuotePrefixed()
    {
        var (_, package, bytes) = await WorkbookAsync(r => r with { Workshops = [.. r.Workshops, r.Workshops[0] with { Workshop = "=HYPERLINK(\"x\")" }] });

        Valid(bytes);
        NoFormulaLikeText(package);
        var cell = package.Sheet("סדנאות").Cell("A8");
        Assert.Equal("'=HYPERLINK(\"x\")", cell.Value);
        Assert.Equal("1", (string?)package.CellFormat(cell.Style).Attribute("quotePrefix"));
    }

    [Fact]
    public async Task EvaluationWorkbook_NoWorkshops_SaysSoWithoutAChart()
    {
        var (_, package, bytes) = await WorkbookAsync(r => r with { Workshops = [] });

        Valid(bytes);
        var sheet = package.Sheet("סדנאות");
        Assert.Contains("אין ב-SPOT השתתפויות בסדנאות", sheet.Cell("A5").Value, StringComparison.Ordinal);
        Assert.Empty(sheet.Charts());
    }

    private static List<string> Formulas(System.Xml.Linq.XDocument chart, string element) =>
        [.. chart.Descendants(XlsxPackage.Chart + element).Select(v => v.Descendants(XlsxPackage.Chart + "f").Single().Value)];

    private static int Row(XlsxCell cell) => int.Parse(cell.Reference[1..], CultureInfo.InvariantCulture);
}
