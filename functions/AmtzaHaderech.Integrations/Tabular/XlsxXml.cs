using System.Globalization;
using System.Text;
using System.Xml;
using AmtzaHaderech.Integrations.Common;
using DocumentFormat.OpenXml.Packaging;

namespace AmtzaHaderech.Integrations.Tabular;

/// A workbook part read as plain XML, forward only, with the bounds of FileLimits: no DTD (so
/// no entity, external or not), at most MaxXlsxPartBytes characters in the part, and text read
/// in chunks into a cell's value that stops at MaxFieldCharacters, so neither a huge cell nor a
/// huge part is ever held whole.
internal static class XlsxXml
{
    private static readonly string[] SpreadsheetNamespaces =
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

    public static XmlReader Open(OpenXmlPart part, FileLimits limits) =>
        XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            MaxCharactersInDocument = limits.MaxXlsxPartBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });

    /// The reader is on the start tag of a SpreadsheetML element of that local name.
    public static bool IsStart(XmlReader xml, string name) =>
        xml.NodeType == XmlNodeType.Element && xml.LocalName == name && SpreadsheetNamespaces.Contains(xml.NamespaceURI);

    /// Reads the children of the element the reader is on, calling `child` on each start tag
    /// below it; returns on the element's end tag (or at once for an empty element).
    public static void Children(XmlReader xml, Action<XmlReader> child)
    {
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            if (xml.NodeType == XmlNodeType.Element) child(xml);
    }

    /// The text of a `v` or `t` element the reader is on.
    public static string Text(XmlReader xml, FileLimits limits)
    {
        var text = new StringBuilder();
        AppendText(xml, text, limits);
        return text.ToString();
    }

    /// The text of a shared string (`si`) or inline string (`is`): its plain text or rich-text
    /// runs; phonetic hints (`rPh`) are no part of the value.
    public static string RichText(XmlReader xml, FileLimits limits)
    {
        var text = new StringBuilder();
        Children(xml, child =>
        {
            if (IsStart(child, "t")) AppendText(child, text, limits);
            else if (IsStart(child, "r")) Children(child, run => { if (IsStart(run, "t")) AppendText(run, text, limits); });
            else if (!child.IsEmptyElement) Children(child, _ => { }); // rPh, phoneticPr: passed over
        });
        return text.ToString();
    }

    private static void AppendText(XmlReader xml, StringBuilder text, FileLimits limits)
    {
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        var chunk = new char[4096];
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
            int read;
            while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                if (text.Length + read > limits.MaxFieldCharacters)
                    throw new FileTooLargeException(string.Create(CultureInfo.InvariantCulture,
                        $"A workbook cell longer than {limits.MaxFieldCharacters} characters near line {(xml as IXmlLineInfo)?.LineNumber} of its part."));
                text.Append(chunk, 0, read);
            }
        }
    }
}
