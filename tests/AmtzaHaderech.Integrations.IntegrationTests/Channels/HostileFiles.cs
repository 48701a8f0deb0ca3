using System.IO.Compression;
using System.Text;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Channels;

/// Files an attacker would send (issue 17), generated on the spot and streamed to disk, so that
/// a 400 MB cell costs the test a 400 KB file and no memory. The workbooks are complete: the
/// Modi'in profile's title row, header row and one data row, and `Normal` variants import.
public static class HostileFiles
{
    public static readonly string[] ModiinHeaders = ["First name", "Last name", "Mobile", "Email", "Date of birth", "City", "Newsletter"];
    private static readonly string[] ModiinRow = ["אבי", "כהן", "050-7777777", "", "", "מודיעין", "V"];

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// A Modi'in list whose first data cell (the first name) holds `cellChars` letters (ASCII: a character is a byte).
    public static void XlsxWithOneCell(string path, long cellChars) =>
        Xlsx(path, sheet =>
        {
            SheetStart(sheet);
            sheet.Write("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>");
            Repeat(sheet, 'a', cellChars);
            sheet.Write("</t></is></c>");
            DataCells(sheet, from: 1);
            sheet.Write("</row>");
            SheetEnd(sheet);
        });

    /// A Modi'in list whose shared-strings part holds `items` strings of `charsPerItem` letters,
    /// each under any cell limit: only their sum is hostile. The data row uses the first one.
    public static void XlsxWithSharedStrings(string path, int items, int charsPerItem) =>
        Xlsx(path, sheet =>
        {
            SheetStart(sheet);
            sheet.Write("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c>");
            DataCells(sheet, from: 1);
            sheet.Write("</row>");
            SheetEnd(sheet);
        }, strings =>
        {
            strings.Write($"<sst xmlns=\"{Main}\" count=\"{items}\" uniqueCount=\"{items}\">");
            for (var i = 0; i < items; i++)
            {
                strings.Write("<si><t>");
                Repeat(strings, 'b', charsPerItem);
                strings.Write("</t></si>");
            }
            strings.Write("</sst>");
        });

    /// A Modi'in list whose worksheet declares an external entity and uses it in a cell.
    public static void XlsxWithExternalEntity(string path) =>
        Xlsx(path, sheet =>
        {
            sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
            SheetStart(sheet, declaration: false);
            sheet.Write("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>");
            DataCells(sheet, from: 1);
            sheet.Write("</row>");
            SheetEnd(sheet);
        });

    /// An Employment Service file whose one referral carries `noteChars` letters of notes: one line that long.
    public static void EsCsvWithOneLongLine(string path, int noteChars)
    {
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16);
        file.Write(string.Join(',', EsFileBuilder.StandardHeaders) + "\r\n");
        var row = EsFileBuilder.Row(1);
        row["הערות"] = "";
        file.Write(string.Join(',', EsFileBuilder.StandardHeaders.Select(h => row[h])));
        Repeat(file, 'n', noteChars);
        file.Write("\r\n#סה\"כ,1\r\n");
    }

    private static void SheetStart(TextWriter sheet, bool declaration = true)
    {
        if (declaration) sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sheet.Write($"<worksheet xmlns=\"{Main}\"><sheetData>");
        sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>רשימת תפוצה</t></is></c></row>");
        sheet.Write("<row r=\"2\">");
        for (var i = 0; i < ModiinHeaders.Length; i++) InlineCell(sheet, i, 2, ModiinHeaders[i]);
        sheet.Write("</row>");
    }

    private static void DataCells(TextWriter sheet, int from)
    {
        for (var i = from; i < ModiinRow.Length; i++)
            if (ModiinRow[i].Length > 0) InlineCell(sheet, i, 3, ModiinRow[i]);
    }

    private static void SheetEnd(TextWriter sheet) => sheet.Write("</sheetData></worksheet>");

    private static void InlineCell(TextWriter sheet, int column, int row, string text) =>
        sheet.Write($"<c r=\"{(char)('A' + column)}{row}\" t=\"inlineStr\"><is><t>{text}</t></is></c>");

    private static void Repeat(TextWriter writer, char c, long count)
    {
        var chunk = new string(c, 64 * 1024);
        for (var left = count; left > 0; left -= chunk.Length)
            writer.Write(chunk.AsSpan(0, (int)Math.Min(left, chunk.Length)));
    }

    private static void Xlsx(string path, Action<TextWriter> worksheet, Action<TextWriter>? sharedStrings = null)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        var withStrings = sharedStrings is not null;
        Entry(zip, "[Content_Types].xml", w => w.Write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + (withStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
            + "</Types>"));
        Entry(zip, "_rels/.rels", w => w.Write(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{Relationships}\">"
            + $"<Relationship Id=\"rId1\" Type=\"{OfficeRelationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Entry(zip, "xl/workbook.xml", w => w.Write(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{OfficeRelationships}\">"
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        Entry(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{Relationships}\">"
            + $"<Relationship Id=\"rId1\" Type=\"{OfficeRelationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (withStrings ? $"<Relationship Id=\"rId2\" Type=\"{OfficeRelationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
            + "</Relationships>"));
        Entry(zip, "xl/worksheets/sheet1.xml", worksheet);
        if (sharedStrings is not null) Entry(zip, "xl/sharedStrings.xml", sharedStrings);
    }

    private static void Entry(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), bufferSize: 1 << 16);
        write(writer);
    }
}
