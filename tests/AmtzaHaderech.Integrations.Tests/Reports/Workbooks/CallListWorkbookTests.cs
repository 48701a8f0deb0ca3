using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.CallLists;

namespace AmtzaHaderech.Integrations.Tests.Reports.Workbooks;

/// The call list a coordinator's card opens, read as Excel reads it.
public class CallListWorkbookTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 8, 0, 0, TimeSpan.Zero);

    private static (XlsxPackage Package, byte[] Bytes) Write(params CallListEntry[] entries)
    {
        using var stream = new MemoryStream();
        CallListWorkbook.Write("מיכל אברהם", "כפר סבא", entries, At, stream);
        return (new XlsxPackage(stream.ToArray()), stream.ToArray());
    }

    private static readonly CallListEntry[] People =
    [
        new("P1", "דנה כהן", "+972501234567", "אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 26/11/2026)", new DateOnly(2018, 3, 1), 3206),
        new("P2", "=HYPERLINK(\"http://x\")", "0541234567", "בקשה לשיחה בבדיקה הרבעונית (01/12/2026)", new DateOnly(2018, 5, 2), 3144),
        new("P3", "Сергей כהן", "not a phone", "אין דרך לשלוח את הבדיקה הרבעונית: אין נייד או דוא\"ל, או שאין הסכמה", null, null),
    ];

    [Fact]
    public void Write_People_ValidTitledRightToLeftAndFormulaSafe()
    {
        var (package, bytes) = Write(People);

        WorkbookAssert.Valid(bytes);
        WorkbookAssert.NoFormulaLikeText(package);
        var sheet = Assert.Single(package.Sheets);
        Assert.Equal("מיכל אברהם", sheet.Name);
        Assert.Equal("רשימת שיחות - מיכל אברהם, כפר סבא", sheet.Cell("A1").Value);
        Assert.Equal("משתתפים שהמעקבים העבירו למקדמת, נכון ל-10/12/2026 10:00", sheet.Cell("A2").Value);
        Assert.Equal(["דנה כהן", "'=HYPERLINK(\"http://x\")", "Сергей כהן"], new[] { "A5", "A6", "A7" }.Select(c => sheet.Cell(c).Value));
        Assert.Equal("בקשה לשיחה בבדיקה הרבעונית (01/12/2026)", sheet.Cell("C6").Value);
        Assert.Equal(3206, sheet.Cell("E5").Number);
        Assert.Equal(new DateOnly(2018, 3, 1), DateOnly.FromDateTime(DateTime.FromOADate(sheet.Cell("D5").Number)));
    }

    [Fact]
    public void Write_Phones_DialAsTelLinks()
    {
        var (package, _) = Write(People);
        var sheet = package.Sheets[0];

        var links = sheet.Xml.Descendants(XlsxPackage.Main + "hyperlink")
            .ToDictionary(h => (string)h.Attribute("ref")!, h => (string)h.Attribute(XlsxPackage.Rel + "id")!);
        var targets = package.Relationships("xl/worksheets/sheet1.xml");
        Assert.Equal(["B5", "B6"], links.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("tel:+972501234567", targets[links["B5"]]);
        Assert.Equal("tel:+972541234567", targets[links["B6"]]);
        Assert.Equal("054-1234567", sheet.Cell("B6").Value);
        Assert.Equal("not a phone", sheet.Cell("B7").Value);
    }

    [Fact]
    public void Write_ColumnsToFillIn_OutcomeFromAListAndADateFromToday()
    {
        var (package, _) = Write(People);
        var sheet = package.Sheets[0];

        Assert.Equal(["תוצאת השיחה", "הערות", "שיחה הבאה"], new[] { "G4", "H4", "I4" }.Select(c => sheet.Cell(c).Value));
        var validations = sheet.Xml.Descendants(XlsxPackage.Main + "dataValidation").ToList();
        var outcome = validations.Single(v => (string?)v.Attribute("type") == "list");
        Assert.Equal("G5:G7", (string?)outcome.Attribute("sqref"));
        Assert.Equal("\"" + string.Join(',', CallListTable.Outcomes) + "\"", outcome.Element(XlsxPackage.Main + "formula1")!.Value);
        Assert.True(outcome.Element(XlsxPackage.Main + "formula1")!.Value.Length <= 257);
        var next = validations.Single(v => (string?)v.Attribute("type") == "date");
        Assert.Equal("I5:I7", (string?)next.Attribute("sqref"));
        Assert.Equal("greaterThanOrEqual", (string?)next.Attribute("operator"));
        Assert.Equal(new DateOnly(2026, 12, 10).ToDateTime(TimeOnly.MinValue).ToOADate(),
            double.Parse(next.Element(XlsxPackage.Main + "formula1")!.Value, CultureInfo.InvariantCulture));
        Assert.All(validations, v => Assert.Equal("1", (string?)v.Attribute("showErrorMessage")));
        // Cells to fill in carry their format already (text, a date), and look it.
        Assert.Equal("dd/mm/yyyy", WorkbookAssert.FormatCode(package, sheet.Cell("I5").Style));
        Assert.Equal("1", (string?)package.CellFormat(sheet.Cell("G5").Style).Attribute("applyFill"));
    }

    [Fact]
    public void Write_Header_FilterButtonsAndRepeatedWhenPrinted()
    {
        var (package, _) = Write(People);
        var sheet = package.Sheets[0];

        Assert.Equal("A4:I7", (string?)sheet.Xml.Descendants(XlsxPackage.Main + "autoFilter").Single().Attribute("ref"));
        var names = package.Part("xl/workbook.xml").Descendants(XlsxPackage.Main + "definedName").ToDictionary(d => (string)d.Attribute("name")!, d => d.Value);
        Assert.Equal("'מיכל אברהם'!$A$4:$I$7", names["_xlnm._FilterDatabase"]);
        Assert.Equal("'מיכל אברהם'!$4:$4", names["_xlnm.Print_Titles"]);
        Assert.Equal("'מיכל אברהם'!$A$1:$I$7", names["_xlnm.Print_Area"]);
        Assert.Equal("4", (string?)sheet.Xml.Descendants(XlsxPackage.Main + "pane").Single().Attribute("ySplit"));
    }

    [Fact]
    public void Write_NobodyToCall_ValidWithHeaderOnly()
    {
        var (package, bytes) = Write();

        WorkbookAssert.Valid(bytes);
        Assert.Empty(package.Sheets[0].Xml.Descendants(XlsxPackage.Main + "dataValidation"));
    }
}
