using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;

namespace AmtzaHaderech.Integrations.Tests.Reports.Workbooks;

/// What every report workbook shares: names from the configuration, the plain subtitle, one date
/// format, a title block that prints whole, the header repeated on every printed page, charts
/// that read right to left.
public class WorkbookConventionsTests
{
    private const string Fresh = "נתוני SPOT נכון ל-26/11/2026 09:00";

    private static async Task<XlsxPackage> ProgramAsync()
    {
        var report = ProgramMetrics.Compute(await SampleData.LoadAsync(), new DateOnly(2018, 11, 1), SampleData.Centers);
        using var stream = new MemoryStream();
        ProgramWorkbook.Write(report, stream, Fresh, SampleData.Names);
        return new XlsxPackage(stream.ToArray());
    }

    private static async Task<(CoordinatorReport Report, XlsxPackage Package, byte[] Bytes)> KfarSabaAsync(ReportNames? names = null)
    {
        var report = CoordinatorMetrics.Compute(await SampleData.LoadAsync(), new ReportMonth(2018, 10), SampleData.Centers);
        using var stream = new MemoryStream();
        CoordinatorWorkbook.Write(report, "ksb", stream, Fresh, names ?? SampleData.Names);
        return (report, new XlsxPackage(stream.ToArray()), stream.ToArray());
    }

    [Fact]
    public async Task CoordinatorWorkbook_ConfiguredNames_HebrewCenterAndCoordinatorsInCellsAndSheetNames()
    {
        var (_, package, bytes) = await KfarSabaAsync();

        Assert.Equal(["סיכום", "מיכל אברהם", "יוסי מזרחי"], package.Sheets.Select(s => s.Name));
        var summary = package.Sheet("סיכום");
        Assert.Equal("דוח חודשי למקדמות התעסוקה - כפר סבא, אוקטובר 2018", summary.Cell("A1").Value);
        Assert.Equal(["מיכל אברהם", "יוסי מזרחי"], [summary.Cell("A5").Value, summary.Cell("A6").Value]);
        Assert.Equal("מיכל אברהם: נתוני החודש ורשימת שיחות, אוקטובר 2018", package.Sheet("מיכל אברהם").Cell("A1").Value);
        Assert.DoesNotContain(package.Sheets.SelectMany(s => s.Cells), c => c.Value.Contains("ksb", StringComparison.Ordinal) || c.Value.Contains("@example.org", StringComparison.Ordinal));
        WorkbookAssert.Valid(bytes);
    }

    [Fact]
    public async Task CoordinatorWorkbook_LongNameWithForbiddenCharacters_SheetNameExcelAccepts()
    {
        var names = new ReportNames([new CenterOptions
        {
            Id = "ksb",
            Name = "כפר סבא",
            Coordinators =
            [
                new CoordinatorOptions { Id = "ksb-coord-1@example.org", Name = "מיכל אברהם-כהן [מחליפה]: רכזת/מקדמת תעסוקה ותיקה" },
                new CoordinatorOptions { Id = "ksb-coord-2@example.org", Name = "מיכל אברהם-כהן [מחליפה]: רכזת/מקדמת תעסוקה ותיקה" },
            ],
        }]);

        var (_, package, bytes) = await KfarSabaAsync(names);

        var sheetNames = package.Sheets.Skip(1).Select(s => s.Name).ToList();
        Assert.All(sheetNames, n => Assert.True(n.Length <= 31 && n.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) < 0, n));
        Assert.Equal(2, sheetNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        WorkbookAssert.Valid(bytes);
    }

    [Fact]
    public async Task EveryWorkbook_Subtitle_PlainOneDateFormatAndMergedAcrossTheTable()
    {
        var (_, coordinators, _) = await KfarSabaAsync();
        var program = await ProgramAsync();

        foreach (var sheet in program.Sheets.Concat(coordinators.Sheets))
        {
            Assert.Equal(Fresh, sheet.Cell("A2").Value);
            Assert.DoesNotMatch(@"\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2}", sheet.Cell("A1").Value + sheet.Cell("A2").Value);
            var merged = sheet.Xml.Descendants(XlsxPackage.Main + "mergeCell").Select(m => (string)m.Attribute("ref")!).ToList();
            Assert.Equal(2, merged.Count);
            Assert.StartsWith("A1:", merged[0]);
            Assert.StartsWith("A2:", merged[1]);
            // The title and subtitle wrap in their merged cells, on rows made tall enough.
            Assert.Equal("1", (string?)coordinators.CellFormat(sheet.Cell("A1").Style).Element(XlsxPackage.Main + "alignment")!.Attribute("wrapText"));
            Assert.Equal("1", (string?)sheet.Xml.Descendants(XlsxPackage.Main + "row").First().Attribute("customHeight"));
        }
    }

    [Fact]
    public async Task EveryWorkbook_Printing_HeaderRowRepeatsAndPrintAreaCoversTableAndCharts()
    {
        var program = await ProgramAsync();
        var (_, coordinators, _) = await KfarSabaAsync();

        var programNames = DefinedNames(program);
        Assert.Equal("'מרכזים'!$4:$4", programNames[("_xlnm.Print_Titles", 0)]);
        Assert.Equal("'מרכזים'!$A$1:$F$8", programNames[("_xlnm.Print_Area", 0)]);
        // Time to first placement: a 3-column table and its chart beside it (8 columns, 18 rows).
        Assert.Equal("'זמן עד השמה'!$A$1:$K$21", programNames[("_xlnm.Print_Area", 2)]);
        var coordinatorNames = DefinedNames(coordinators);
        Assert.Equal("'מיכל אברהם'!$7:$7", coordinatorNames[("_xlnm.Print_Titles", 1)]);
        Assert.All(program.Sheets.Concat(coordinators.Sheets), s =>
            Assert.Contains("&A", s.Xml.Descendants(XlsxPackage.Main + "oddFooter").Single().Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProgramWorkbook_Salary_MedianBesideTheMean()
    {
        var report = ProgramMetrics.Compute(await SampleData.LoadAsync(), new DateOnly(2018, 11, 1), SampleData.Centers);
        var package = await ProgramAsync();

        var sheet = package.Sheet("שכר והיקף משרה");
        Assert.Equal(["מדד", "מדווחים", "ממוצע", "חציון", "סטיית תקן"], new[] { "A4", "B4", "C4", "D4", "E4" }.Select(c => sheet.Cell(c).Value));
        Assert.Equal(report.Employment.Salary.Median!.Value, sheet.Cell("D5").Number, 6);
        Assert.Equal(report.Employment.Salary.Mean!.Value, sheet.Cell("C5").Number, 6);
        Assert.Equal("שכר חציוני", package.Sheet("עד 60 ומעל").Cell("F4").Value);
    }

    [Fact]
    public async Task ProgramWorkbook_Charts_CategoriesRunRightToLeft()
    {
        var package = await ProgramAsync();

        var charts = package.Sheets.SelectMany(s => s.Charts()).ToList();
        Assert.Equal(3, charts.Count);
        Assert.All(charts, chart =>
        {
            var categoryAxis = chart.Descendants(XlsxPackage.Chart + "catAx").Single();
            Assert.Equal("maxMin", (string?)categoryAxis.Descendants(XlsxPackage.Chart + "orientation").Single().Attribute("val"));
            Assert.Equal("r", (string?)chart.Descendants(XlsxPackage.Chart + "valAx").Single().Element(XlsxPackage.Chart + "axPos")!.Attribute("val"));
        });
    }

    private static Dictionary<(string Name, int Sheet), string> DefinedNames(XlsxPackage package) =>
        package.Part("xl/workbook.xml").Descendants(XlsxPackage.Main + "definedName")
            .ToDictionary(d => ((string)d.Attribute("name")!, (int)d.Attribute("localSheetId")!), d => d.Value);
}
