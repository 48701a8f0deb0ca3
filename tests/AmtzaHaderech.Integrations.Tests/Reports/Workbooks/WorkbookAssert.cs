using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AmtzaHaderech.Integrations.Tests.Reports.Workbooks;

/// What every workbook must be: valid OpenXML, no text a spreadsheet could take for a formula,
/// number formats where the figures need them.
internal static class WorkbookAssert
{
    public static string FormatCode(XlsxPackage package, int style)
    {
        var id = (string)package.CellFormat(style).Attribute("numFmtId")!;
        return (string)package.Part("xl/styles.xml").Descendants(XlsxPackage.Main + "numFmt").Single(f => (string?)f.Attribute("numFmtId") == id).Attribute("formatCode")!;
    }

    public static void NoFormulaLikeText(XlsxPackage package) =>
        Assert.All(package.Sheets.SelectMany(s => s.Cells).Where(c => !c.IsNumeric),
            cell => Assert.False(cell.Value.Length > 0 && cell.Value[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell.Value));

    public static void Valid(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }
}
