using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Reports.Workbooks;

namespace AmtzaHaderech.Integrations.Tests.Reports.Workbooks;

public class WorkbookTests
{
    private static readonly DateOnly AsOf = new(2018, 11, 1);

    private static async Task<(ProgramReport Report, XlsxPackage Package, byte[] Bytes)> ProgramAsync()
    {
        var report = ProgramMetrics.Compute(await SampleData.LoadAsync(), AsOf, SampleData.Centers);
        // A center code from outside data that looks like a formula.
        report = report with { Centers = [.. report.Centers, new CenterFigures("=HYPERLINK(\"x\")", 1, 1, 0, 0, null)] };
        using var stream = new MemoryStream();
        ProgramWorkbook.Write(report, stream, "samples/spot-export", SampleData.Names);
        return (report, new XlsxPackage(stream.ToArray()), stream.ToArray());
    }

    [Fact]
    public async Task ProgramWorkbook_SampleData_EverySheetRightToLeftTitledAndFrozen()
    {
        var (_, package, _) = await ProgramAsync();

        Assert.Equal(9, package.Sheets.Count);
        foreach (var sheet in package.Sheets)
        {
            var view = sheet.Xml.Descendants(XlsxPackage.Main + "sheetView").Single();
            Assert.Equal("1", (string?)view.Attribute("rightToLeft"));
            Assert.Equal("frozen", (string?)view.Element(XlsxPackage.Main + "pane")?.Attribute("state"));
            Assert.Equal("4", (string?)view.Element(XlsxPackage.Main + "pane")?.Attribute("ySplit"));
            Assert.Contains(sheet.Name, c => c is >= 'א' and <= 'ת');
            Assert.EndsWith(", נכון ל-01/11/2018", sheet.Cell("A1").Value, StringComparison.Ordinal);
            Assert.Equal("samples/spot-export", sheet.Cell("A2").Value);
            Assert.All(sheet.Xml.Descendants(XlsxPackage.Main + "col"), col => Assert.Equal("1", (string?)col.Attribute("customWidth")));
        }
    }

    [Fact]
    public async Task ProgramWorkbook_SampleData_FiguresAreNumbersWithFormats()
    {
        var (report, package, _) = await ProgramAsync();
        var centers = package.Sheet("מרכזים");

        for (var i = 0; i < 4; i++)
        {
            var row = 5 + i;
            Assert.All(new[] { "B", "C", "D", "E", "F" }, col => Assert.True(centers.Cell(col + row).IsNumeric, col + row));
            Assert.Equal(report.Centers[i].Total, centers.Cell("B" + row).Number);
            Assert.Equal(report.Centers[i].PlacementRate!.Value, centers.Cell("E" + row).Number, 12);
        }
        Assert.Equal("0.0%", WorkbookAssert.FormatCode(package, centers.Cell("E5").Style));
        // Ages to one decimal.
        Assert.Equal("0.0", WorkbookAssert.FormatCode(package, centers.Cell("F5").Style));
        Assert.Contains("₪", WorkbookAssert.FormatCode(package, package.Sheet("שכר והיקף משרה").Cell("C5").Style), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramWorkbook_SampleData_ChartsReadTheirTables()
    {
        var (report, package, _) = await ProgramAsync();

        var last = 4 + report.TimeToFirstPlacement.Count;
        var (categories, values) = SingleSeries(package.Sheet("זמן עד השמה"));
        Assert.Equal($"'זמן עד השמה'!$A$5:$A${last}", categories);
        Assert.Equal($"'זמן עד השמה'!$C$5:$C${last}", values);

        var persistence = package.Sheet("התמדה").Charts().Single();
        Assert.Equal(["'התמדה'!$E$5:$E$8", "'התמדה'!$F$5:$F$8"],
            persistence.Descendants(XlsxPackage.Chart + "val").Select(v => v.Descendants(XlsxPackage.Chart + "f").Single().Value));

        var sources = package.Sheet("ערוצי גיוס");
        var chart = sources.Charts().Single();
        Assert.Equal($"'ערוצי גיוס'!$B$5:$B${4 + report.RecruitmentSources.Count}", SingleSeries(sources).Values);
        // The cache holds the sheet's values, so viewers that do not recalculate draw the same bars.
        var cached = chart.Descendants(XlsxPackage.Chart + "numCache").Single().Descendants(XlsxPackage.Chart + "v").Select(v => double.Parse(v.Value, CultureInfo.InvariantCulture));
        Assert.Equal(report.RecruitmentSources.Select(s => (double)s.Count), cached);
        Assert.All(package.Sheets.SelectMany(s => s.Charts()).SelectMany(c => c.Descendants(XlsxPackage.Chart + "ser")),
            series => Assert.NotNull(series.Element(XlsxPackage.Chart + "spPr")));
        Assert.Equal(3, package.PartNames.Count(p => p.StartsWith("xl/", StringComparison.Ordinal) && p.Contains("charts/chart", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProgramWorkbook_SampleData_PassesOpenXmlValidator()
    {
        var (_, package, bytes) = await ProgramAsync();

        WorkbookAssert.Valid(bytes);
        WorkbookAssert.NoFormulaLikeText(package);
    }

    [Fact]
    public void CoordinatorWorkbook_HostileNames_NeutralizedAndQuotePrefixed()
    {
        var package = Coordinators(out var bytes);

        WorkbookAssert.Valid(bytes);
        WorkbookAssert.NoFormulaLikeText(package);
        var sheet = package.Sheets[1];
        var name = sheet.Cells.Single(c => c.Value.Contains("cmd", StringComparison.Ordinal));
        Assert.Equal("'=cmd|' /C calc'!A0", name.Value);
        Assert.Equal("1", (string?)package.CellFormat(name.Style).Attribute("quotePrefix"));
    }

    [Fact]
    public void CoordinatorWorkbook_Report_SummaryThenASheetPerCoordinator()
    {
        var package = Coordinators(out _);

        Assert.Equal(["סיכום", "coord-b", "-coord-a"], package.Sheets.Select(s => s.Name));
        var summary = package.Sheet("סיכום");
        Assert.Equal("'-coord-a@example.org", summary.Cell("A6").Value);
        Assert.Equal(9, summary.Cell("B6").Number);
        Assert.Equal(12, summary.Cell("C6").Number);
        Assert.Equal(0.25, summary.Cell("E6").Number);
        Assert.All(package.Sheets, s => Assert.Equal("1", (string?)s.Xml.Descendants(XlsxPackage.Main + "sheetView").Single().Attribute("rightToLeft")));
    }

    [Fact]
    public void CoordinatorWorkbook_CallList_APersonARowOldestContactFirst()
    {
        var package = Coordinators(out _);
        var sheet = package.Sheet("coord-b");

        // Call-list header on row 7 (frozen): name, phone, reason, last contact, days, id; people from row 8.
        Assert.Equal("7", (string?)sheet.Xml.Descendants(XlsxPackage.Main + "pane").Single().Attribute("ySplit"));
        Assert.Equal(["שם", "טלפון", "סיבה", "קשר אחרון", "ימים מאז", "מזהה משתתף", "תוצאת השיחה", "הערות", "שיחה הבאה"],
            sheet.Cells.Where(c => c.Reference.EndsWith("7", StringComparison.Ordinal) && c.Reference.Length == 2).Select(c => c.Value));
        var contacts = sheet.Cells.Where(c => c.Reference.StartsWith('D') && int.Parse(c.Reference[1..], CultureInfo.InvariantCulture) >= 8).ToList();
        Assert.All(contacts, c => Assert.True(c.IsNumeric));
        var days = contacts.Select(c => DateOnly.FromDateTime(DateTime.FromOADate(c.Number))).ToList();
        Assert.Equal([new(2018, 3, 1), new(2018, 5, 2), new(2018, 6, 30)], days);
        Assert.Equal("P3", sheet.Cell("F8").Value);
        Assert.Equal("דנה כהן", sheet.Cell("A8").Value);
        Assert.Equal("050-1234567", sheet.Cell("B8").Value);
        Assert.Equal("'+1 202 555 0100", sheet.Cell("B9").Value);
        Assert.Equal("ללא קשר יותר מ-90 יום", sheet.Cell("C8").Value);
        Assert.Equal("אין מענה ל@rule (נשלחה 10/10/2018)", sheet.Cell("C10").Value);
        // The old "follow-up" and "due" columns, always empty, are gone: the reason says it.
        Assert.DoesNotContain(sheet.Cells, c => c.Value is "מעקב" or "מועד המעקב");
    }

    [Fact]
    public async Task CoordinatorWorkbook_SampleData_ValidWorkbookPerCenter()
    {
        var report = CoordinatorMetrics.Compute(await SampleData.LoadAsync(), new ReportMonth(2018, 10), SampleData.Centers);

        Assert.Equal(SampleData.Centers, CoordinatorWorkbook.Centers(report));
        foreach (var center in CoordinatorWorkbook.Centers(report))
        {
            using var stream = new MemoryStream();
            CoordinatorWorkbook.Write(report, center, stream, "samples/spot-export", SampleData.Names);
            WorkbookAssert.Valid(stream.ToArray());
            var package = new XlsxPackage(stream.ToArray());
            Assert.Equal(1 + report.Coordinators.Count(t => t.Center == center), package.Sheets.Count);
            WorkbookAssert.NoFormulaLikeText(package);
        }
    }

    private static XlsxPackage Coordinators(out byte[] bytes)
    {
        var b = new TeamFigures
        {
            Coordinator = "coord-b@example.org",
            Center = "tlv",
            Active = 3,
            Total = 4,
            Placed = 1,
            PlacementRate = 0.25,
            NoContact90 =
            [
                new ContactDue("P2", "=cmd|' /C calc'!A0", "+1 202 555 0100", new(2018, 5, 2), 182),
                new ContactDue("P3", "דנה כהן", "+972501234567", new(2018, 3, 1), 244),
            ],
            FollowUpsDue = [new FollowUpDue("P4", "-1+1", null, new(2018, 6, 30), 123, "@rule", new(2018, 10, 10))],
        };
        var a = new TeamFigures { Coordinator = "-coord-a@example.org", Center = "tlv", Active = 9, Total = 12, Placed = 3, PlacementRate = 0.25 };
        var center = new TeamFigures { Center = "tlv", Active = 12, Total = 16, Placed = 4, PlacementRate = 0.25 };
        var report = new CoordinatorReport("2018-10", new(2018, 10, 31), [b, a], [center], center with { Center = null });
        using var stream = new MemoryStream();
        CoordinatorWorkbook.Write(report, "tlv", stream, "+spot", ReportNames.Codes);
        bytes = stream.ToArray();
        return new XlsxPackage(bytes);
    }

    private static (string Categories, string Values) SingleSeries(XlsxSheet sheet)
    {
        var series = sheet.Charts().Single().Descendants(XlsxPackage.Chart + "ser").Single();
        return (series.Element(XlsxPackage.Chart + "cat")!.Descendants(XlsxPackage.Chart + "f").Single().Value,
            series.Element(XlsxPackage.Chart + "val")!.Descendants(XlsxPackage.Chart + "f").Single().Value);
    }
}
