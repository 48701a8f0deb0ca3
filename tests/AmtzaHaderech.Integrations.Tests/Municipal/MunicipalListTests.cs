using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Tabular;
using AmtzaHaderech.Integrations.Tests.Common;
using static AmtzaHaderech.Integrations.Tests.Municipal.Lists;

namespace AmtzaHaderech.Integrations.Tests.Municipal;

public sealed class MunicipalListTests
{
    [Fact]
    public async Task CheckAsync_KfarSabaSample_Utf8FiveRows()
    {
        var check = await new ProfiledSheet(KfarSaba).CheckAsync(Sample("kfar-saba_2026-11.csv"));

        Assert.Equal(new SheetCheck("utf-8", null, 5), check);
    }

    [Fact]
    public async Task ReadRowsAsync_KfarSabaSample_LiteralQuoteHeaderAndHebrewCells()
    {
        var rows = await ReadAll(KfarSaba, Sample("kfar-saba_2026-11.csv"), "utf-8");

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Row));
        Assert.Equal("michal@example.org", rows[0].Cells["דוא\"ל"].Text);
        Assert.Equal("michal@example.org", rows[0].Cells["דוא״ל"].Text); // gershayim = quote
        Assert.Equal("דני", rows[3].Cells["שם מלא"].Text);
        Assert.Equal("", rows[3].Cells["טלפון"].Text);
    }

    [Fact]
    public async Task CheckAsync_ModiinSample_XlsxThreeRowsAfterTitle()
    {
        var check = await new ProfiledSheet(Modiin).CheckAsync(Sample("modiin_2026-11.xlsx"));
        var rows = await ReadAll(Modiin, Sample("modiin_2026-11.xlsx"), null);

        Assert.Equal(new SheetCheck(null, null, 3), check);
        Assert.Equal(["Avi", "נועה", "Игорь"], rows.Select(r => r.Cells["First name"].Text));
        Assert.Equal(new DateOnly(1960, 8, 7), rows[0].Cells["Date of birth"].Date); // serial 22135
        Assert.Equal((CellKind.Text, "17/04/1971"), (rows[1].Cells["Date of birth"].Kind, rows[1].Cells["Date of birth"].Text));
        Assert.True(rows[0].Cells["Email"].IsBlank); // no cell at all
    }

    [Fact]
    public async Task CheckAsync_NoContactColumn_QuarantinedNamingTheProfilesHeaders()
    {
        var file = Utf8("שם מלא;שנת לידה;מאשר/ת קבלת עדכונים\nמיכל אברהם;1966;כן\n");

        var check = await new ProfiledSheet(KfarSaba).CheckAsync(file);

        Assert.Equal(new SheetCheck("utf-8", "missing_column:טלפון,דוא\"ל", 0), check);
    }

    [Fact]
    public async Task CheckAsync_HeadersInOtherCaseAndSpacing_Found()
    {
        var file = Utf8(" שם  מלא ;טלפון;מאשר/ת קבלת עדכונים\nמיכל אברהם;050-1010101;כן\n");

        var check = await new ProfiledSheet(KfarSaba).CheckAsync(file);

        Assert.Equal(new SheetCheck("utf-8", null, 1), check);
    }

    [Fact]
    public async Task CheckAsync_Windows1255List_DetectedAndRead()
    {
        var file = Windows1255(KfarSabaHeader + "\r\nמיכל אברהם;050-1010101;;1966;הדרים;כן;01/11/2026\r\n");

        var check = await new ProfiledSheet(KfarSaba).CheckAsync(file);
        var rows = await ReadAll(KfarSaba, file, check.Encoding);

        Assert.Equal(new SheetCheck("windows-1255", null, 1), check);
        Assert.Equal("מיכל אברהם", rows[0].Cells["שם מלא"].Text);
    }

    [Fact]
    public async Task CheckAsync_Utf8ProfileGivenWindows1255_QuarantinedEncoding()
    {
        var profile = KfarSaba;
        profile.Encoding = "utf-8";

        var check = await new ProfiledSheet(profile).CheckAsync(Windows1255(KfarSabaHeader + "\r\nמיכל אברהם;050-1010101;;1966;;כן;\r\n"));

        Assert.Equal(new SheetCheck(null, "encoding", 0), check);
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task CheckAsync_NotText_QuarantinedEncoding(string kind)
    {
        var text = KfarSabaHeader + "\r\nמיכל אברהם;050-1010101;;1966;הדרים;כן;01/11/2026\r\n";

        var check = await new ProfiledSheet(KfarSaba).CheckAsync(Of(NotText.Bytes(kind, text), "kfar-saba_2026-11.csv"));

        Assert.Equal(new SheetCheck(null, "encoding", 0), check);
    }

    [Theory]
    [InlineData("")]
    [InlineData(KfarSabaHeader + "\n")]
    [InlineData(KfarSabaHeader + "\n;;;;;;\n\n")]
    public async Task CheckAsync_NoDataRows_Empty(string text)
    {
        var check = await new ProfiledSheet(KfarSaba).CheckAsync(Utf8(text, bom: false));

        Assert.Equal("empty", check.QuarantineReason);
    }

    [Fact]
    public async Task ReadRowsAsync_TitleRowsTabsAndBlankLines_NumbersDataRowsOnly()
    {
        var profile = KfarSaba;
        profile.Delimiter = "\\t";
        profile.HeaderRow = 3;
        var text = "רשימת נרשמים\tנובמבר\n\t\n" + KfarSabaHeader.Replace(';', '\t') + "\n"
            + "מיכל אברהם\t050-1010101\n\n\t\t\n" + "יוסי כהן\t052-2020202\n";

        var check = await new ProfiledSheet(profile).CheckAsync(Utf8(text));
        var rows = await ReadAll(profile, Utf8(text), "utf-8");

        Assert.Equal(2, check.Rows);
        Assert.Equal([(1, "מיכל אברהם"), (2, "יוסי כהן")], rows.Select(r => (r.Row, r.Cells["שם מלא"].Text)));
        Assert.True(rows[0].Cells["תאריך הרשמה"].IsBlank); // short row: the missing cells are empty
    }

    [Fact]
    public async Task CheckAsync_NotAWorkbook_Unreadable()
    {
        var check = await new ProfiledSheet(Modiin).CheckAsync(Of("not a zip file at all"u8.ToArray()));

        Assert.Equal(new SheetCheck(null, "unreadable", 0), check);
    }

    [Fact]
    public async Task CheckAsync_ZipButNoWorkbook_Unreadable()
    {
        using var bytes = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bytes, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        await using (var entry = zip.CreateEntry("word/document.xml").Open())
            await entry.WriteAsync("<document/>"u8.ToArray());

        var check = await new ProfiledSheet(Modiin).CheckAsync(Of(bytes.ToArray()));

        Assert.Equal(new SheetCheck(null, "unreadable", 0), check);
    }

    [Fact]
    public async Task CheckAsync_NamedSheetMissing_Unreadable()
    {
        var profile = XlsxProfile(p => p.Sheet = "נרשמים");
        var file = Of(new XlsxBuilder().Sheet("Other").Row(1, "x").Build());

        Assert.Equal("unreadable", (await new ProfiledSheet(profile).CheckAsync(file)).QuarantineReason);
    }

    [Fact]
    public async Task ReadRowsAsync_NamedSheet_ReadsThatSheetNotTheFirst()
    {
        var profile = XlsxProfile(p => { p.Sheet = "נרשמים"; p.HeaderRow = 1; });
        var file = Of(new XlsxBuilder()
            .Sheet("הוראות").Row(1, "read me")
            .Sheet("נרשמים").Row(1, "First name", "Mobile", "Newsletter").Row(2, "Dana", "0521234567", true)
            .Build());

        var rows = await ReadAll(profile, file, null);

        Assert.Equal("Dana", Assert.Single(rows).Cells["First name"].Text);
    }

    [Fact]
    public async Task ReadRowsAsync_XlsxCellKinds_TextNumbersBooleansAndGaps()
    {
        var profile = XlsxProfile();
        var file = Of(new XlsxBuilder()
            .Row(1, "title")
            .Row(2, "First name", "Last name", "Mobile", "Email", "Date of birth", "City", "Newsletter")
            .Row(4, new Inline("Dana"), null, 521234567, "dana@example.org", 25569.75, null, true)
            .Row(7, "Ron", "Levi", "050-1234567", null, "01/02/1965", "Modiin", false)
            .Build());

        var rows = await ReadAll(profile, file, null);

        var dana = rows[0].Cells;
        Assert.Equal(("Dana", "", "521234567"), (dana["First name"].Text, dana["Last name"].Text, dana["Mobile"].Text));
        Assert.Equal((CellKind.Number, new DateOnly(1970, 1, 1)), (dana["Date of birth"].Kind, dana["Date of birth"].Date));
        Assert.True(dana["Newsletter"].IsTrueBoolean);
        Assert.Equal((CellKind.Boolean, "FALSE"), (rows[1].Cells["Newsletter"].Kind, rows[1].Cells["Newsletter"].Text));
        Assert.Equal([1, 2], rows.Select(r => r.Row)); // sheet rows 4 and 7, blank rows between not counted
    }

    [Fact]
    public async Task ReadRowsAsync_Date1904Workbook_SerialsFromNineteenOFour()
    {
        var profile = XlsxProfile(p => p.HeaderRow = 1);
        var file = Of(new XlsxBuilder { Date1904 = true }.Row(1, "First name", "Date of birth").Row(2, "Dana", 0).Build());

        var rows = await ReadAll(profile, file, null);

        Assert.Equal(new DateOnly(1904, 1, 1), rows[0].Cells["Date of birth"].Date);
    }

    [Fact]
    public async Task ReadRowsAsync_CellsWithoutReferences_PlacedInOrder()
    {
        var profile = XlsxProfile(p => p.HeaderRow = 1);
        var file = Of(new XlsxBuilder { WithoutReferences = true }
            .Row(1, "First name", "Mobile", "Newsletter").Row(2, "Dana", "0521234567", "V").Build());

        var rows = await ReadAll(profile, file, null);

        Assert.Equal(("Dana", "0521234567", "V"), (rows[0].Cells["First name"].Text, rows[0].Cells["Mobile"].Text, rows[0].Cells["Newsletter"].Text));
    }

    [Theory]
    [InlineData("kfar-saba_2026-11.csv", "2026-11-01")]
    [InlineData("modiin_2026-11-05.xlsx", "2026-11-05")]
    [InlineData("list 2025-02 v2.csv", "2025-02-01")]
    [InlineData("list_2026-13.csv", null)]
    [InlineData("list_2026-02-30.csv", null)]
    [InlineData("list_20261105.csv", null)]
    [InlineData("list.csv", null)]
    public void DateFromName_Name_FirstOfMonthOrThatDay(string name, string? expected)
    {
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), ProfiledSheet.DateFromName(name));
    }
}
