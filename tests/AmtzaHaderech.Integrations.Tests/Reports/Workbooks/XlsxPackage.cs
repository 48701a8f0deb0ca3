using System.IO.Compression;
using System.Xml.Linq;

namespace AmtzaHaderech.Integrations.Tests.Reports.Workbooks;

/// Reads an .xlsx with ZipArchive and LINQ to XML only, independent of the OpenXML SDK that
/// wrote it: what a consumer of the file sees.
internal sealed class XlsxPackage
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace Chart = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, XDocument> _parts;

    public XlsxPackage(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        _parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName.TrimStart('/'), e => { using var s = e.Open(); return XDocument.Load(s); });
        var workbookRels = Relationships("xl/workbook.xml");
        Sheets = [.. _parts["xl/workbook.xml"].Descendants(Main + "sheet").Select(s => new XlsxSheet(
            (string)s.Attribute("name")!, this, Resolve("xl/workbook.xml", workbookRels[(string)s.Attribute(Rel + "id")!])))];
    }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    public XlsxSheet Sheet(string name) => Sheets.Single(s => s.Name == name);

    public IEnumerable<string> PartNames => _parts.Keys;

    public XDocument Part(string name) => _parts[name];

    public XElement CellFormat(int index) => _parts["xl/styles.xml"].Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt(index);

    public Dictionary<string, string> Relationships(string partName)
    {
        var folder = Path.GetDirectoryName(partName)!.Replace('\\', '/');
        var rels = $"{folder}/_rels/{Path.GetFileName(partName)}.rels";
        return _parts.TryGetValue(rels, out var doc)
            ? doc.Descendants(PackageRel + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!)
            : [];
    }

    public static string Resolve(string fromPart, string target)
    {
        if (target.StartsWith('/')) return target.TrimStart('/');
        var parts = Path.GetDirectoryName(fromPart)!.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}

internal sealed record XlsxCell(string Reference, string? Type, string Value, int Style)
{
    public bool IsNumeric => Type is null or "n";
    public double Number => double.Parse(Value, System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class XlsxSheet(string name, XlsxPackage package, string partName)
{
    public string Name => name;
    public XDocument Xml => package.Part(partName);

    public IReadOnlyList<XlsxCell> Cells => [.. Xml.Descendants(XlsxPackage.Main + "c").Select(c => new XlsxCell(
        (string)c.Attribute("r")!,
        (string?)c.Attribute("t"),
        (string?)c.Attribute("t") == "inlineStr" ? string.Concat(c.Descendants(XlsxPackage.Main + "t").Select(t => t.Value)) : (string?)c.Element(XlsxPackage.Main + "v") ?? "",
        (int?)c.Attribute("s") ?? 0))];

    public XlsxCell Cell(string reference) => Cells.Single(c => c.Reference == reference);

    public IEnumerable<XDocument> Charts()
    {
        var drawing = Xml.Descendants(XlsxPackage.Main + "drawing").SingleOrDefault();
        if (drawing is null) yield break;
        var drawingPart = XlsxPackage.Resolve(partName, package.Relationships(partName)[(string)drawing.Attribute(XlsxPackage.Rel + "id")!]);
        foreach (var target in package.Relationships(drawingPart).Values)
            yield return package.Part(XlsxPackage.Resolve(drawingPart, target));
    }
}
