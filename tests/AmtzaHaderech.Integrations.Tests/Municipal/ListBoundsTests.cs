using System.IO.Compression;
using System.Text;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Tabular;
using static AmtzaHaderech.Integrations.Tests.Municipal.Lists;

namespace AmtzaHaderech.Integrations.Tests.Municipal;

/// Lists (and intake exports, read the same way) over FileLimits are refused whole in the first
/// pass: `too_large` for a part over a bound, `unreadable` for what is no workbook. Small limits
/// stand in for the defaults; the integration tests run the real sizes through the CLI.
public sealed class ListBoundsTests
{
    private static readonly FileLimits Small = new(MaxLineCharacters: 1024, MaxFieldCharacters: 256, MaxXlsxPartBytes: 2 * 1024 * 1024, MaxXlsxCompressionRatio: 100);

    [Fact]
    public async Task CheckAsync_CsvLineOverTheLimit_TooLarge()
    {
        var file = Utf8(KfarSabaHeader + "\r\nמיכל אברהם;050-1010101;;1966;" + new string('n', 1100) + ";כן;\r\n");

        Assert.Equal(new SheetCheck("utf-8", "too_large", 0), await new ProfiledSheet(KfarSaba, Small).CheckAsync(file));
    }

    [Fact]
    public async Task CheckAsync_CsvFieldOverTheLimitAcrossShortLines_TooLarge()
    {
        // A quoted field of many short lines: no line is long, the field is.
        var notes = string.Join("\n", Enumerable.Repeat(new string('n', 50), 10));
        var file = Utf8(KfarSabaHeader + $"\r\nמיכל אברהם;050-1010101;;1966;\"{notes}\";כן;\r\n");

        Assert.Equal(new SheetCheck("utf-8", "too_large", 0), await new ProfiledSheet(KfarSaba, Small).CheckAsync(file));
    }

    [Fact]
    public async Task CheckAsync_CsvFieldJustWithinTheLimit_Imported()
    {
        var file = Utf8(KfarSabaHeader + "\r\nמיכל אברהם;050-1010101;;1966;" + new string('n', 256) + ";כן;\r\n");

        Assert.Equal(new SheetCheck("utf-8", null, 1), await new ProfiledSheet(KfarSaba, Small).CheckAsync(file));
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("shared")]
    public async Task CheckAsync_XlsxCellOverTheLimit_TooLarge(string kind)
    {
        var name = new string('a', 300);
        var file = Of(new XlsxBuilder()
            .Row(1, "title").Row(2, "First name", "Last name", "Mobile", "Newsletter")
            .Row(3, kind == "inline" ? new Inline(name) : name, "כהן", "0521234567", "V").Build());

        Assert.Equal(new SheetCheck(null, "too_large", 0), await new ProfiledSheet(Modiin, Small).CheckAsync(file));
    }

    [Fact]
    public async Task CheckAsync_XlsxRichTextRunsAndPhoneticHints_RunsJoinedHintsLeftOut()
    {
        const string strings = "<si><r><t>נו</t></r><r><t xml:space=\"preserve\">עה </t></r><rPh sb=\"0\" eb=\"1\"><t>NOA</t></rPh></si>";
        var file = Of(RawWorkbook(sheetRow: "<c r=\"A2\" t=\"s\"><v>0</v></c>", sharedStrings: strings));

        var rows = await ReadAll(FirstNameOnly, file, null);

        Assert.Equal("נועה ", Assert.Single(rows).Cells["First name"].Text);
    }

    [Theory]
    [InlineData("sheet")]
    [InlineData("strings")]
    public async Task CheckAsync_XlsxPartDeclaringAnEntity_UnreadableAndNothingResolved(string part)
    {
        const string doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        var file = Of(part == "sheet"
            ? RawWorkbook(sheetRow: "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>", sheetPrologue: doctype)
            : RawWorkbook(sheetRow: "<c r=\"A2\" t=\"s\"><v>0</v></c>", sharedStrings: "<si><t>&xxe;</t></si>", stringsPrologue: doctype));

        Assert.Equal(new SheetCheck(null, "unreadable", 0), await new ProfiledSheet(FirstNameOnly, Small).CheckAsync(file));
    }

    [Fact]
    public async Task CheckAsync_XlsxEntryInflatingPastThePartLimit_TooLarge()
    {
        var file = Of(RawWorkbook(sheetRow: "<c r=\"A2\" t=\"inlineStr\"><is><t>Dana</t></is></c>", padding: 3 * 1024 * 1024));

        Assert.Equal(new SheetCheck(null, "too_large", 0), await new ProfiledSheet(FirstNameOnly, Small).CheckAsync(file));
    }

    [Fact]
    public async Task CheckAsync_XlsxEntryCompressedBeyondTheRatio_TooLarge()
    {
        // 1.5 MB of one character compresses about a thousandfold: within the part limit, past the ratio.
        var file = Of(RawWorkbook(sheetRow: "<c r=\"A2\" t=\"inlineStr\"><is><t>Dana</t></is></c>", padding: 1536 * 1024));

        Assert.Equal(new SheetCheck(null, "too_large", 0), await new ProfiledSheet(FirstNameOnly, Small).CheckAsync(file));
        Assert.Equal(new SheetCheck(null, null, 1), await new ProfiledSheet(FirstNameOnly, Small with { MaxXlsxCompressionRatio = 10_000 }).CheckAsync(file));
    }

    [Fact]
    public void Check_MoreEntriesThanAWorkbookHas_TooLarge()
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 0; i <= XlsxPackageCheck.MaxEntries; i++) zip.CreateEntry($"e{i}");

        Assert.Equal("too_large", XlsxPackageCheck.Check(new MemoryStream(bytes.ToArray()), Small));
    }

    // The Modi'in profile over the hand-written workbooks below: a header row of `First name` only.
    private static Integrations.Municipal.MunicipalProfile FirstNameOnly => XlsxProfile(p => { p.HeaderRow = 1; p.Required = ["firstName"]; });

    // A one-sheet workbook written by hand, for what the SDK will not write: a DTD, rich text
    // with phonetic hints, a comment padding a part. The header row is `First name`.
    private static byte[] RawWorkbook(string sheetRow, string? sharedStrings = null, string sheetPrologue = "", string stringsPrologue = "", int padding = 0)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        const string office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Entry("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>");
            Entry("_rels/.rels", $"<Relationships xmlns=\"{rels}\"><Relationship Id=\"rId1\" Type=\"{office}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry("xl/workbook.xml", $"<workbook xmlns=\"{main}\" xmlns:r=\"{office}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"{rels}\"><Relationship Id=\"rId1\" Type=\"{office}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{office}/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>");
            Entry("xl/worksheets/sheet1.xml", $"{sheetPrologue}<worksheet xmlns=\"{main}\"><!--{new string('p', padding)}--><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>First name</t></is></c></row>"
                + $"<row r=\"2\">{sheetRow}</row></sheetData></worksheet>");
            if (sharedStrings is not null) Entry("xl/sharedStrings.xml", $"{stringsPrologue}<sst xmlns=\"{main}\">{sharedStrings}</sst>");
        }
        return bytes.ToArray();
    }
}
