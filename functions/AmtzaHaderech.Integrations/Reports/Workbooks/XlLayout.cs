namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// Where a sheet's parts fall when printed: the title block merged across the table (and the
/// charts beside it) with the row heights its wrapped lines need, the print area, and the rows
/// repeated atop every page. Fonts are not measured: a character of the 14pt bold title is
/// counted as 1.45 column-width units, one of the 10pt subtitle as 1.0, and a line holds 90% of
/// the width, so a wrapped title gets a line too many rather than too few.
internal sealed class XlLayout
{
    public const int ChartColumns = 8, ChartRows = 18;
    private const double DefaultColumnWidth = 8.43;

    public XlLayout(XlSheet sheet)
    {
        Widths = sheet.ColumnWidths();
        Columns = Widths.Length + (sheet.Charts.Count > 0 ? ChartColumns : 0);
        var width = Widths.Sum() + (Columns - Widths.Length) * DefaultColumnWidth;
        TitleHeight = Lines(sheet.Title, 1.45, width) * 19 + 4;
        SubtitleHeight = Lines(sheet.Subtitle, 1.0, width) * 13.5 + 3;
        LastRow = Math.Max(sheet.LastRow, XlSheet.TitleRows + sheet.Charts.Count * ChartRows);
        RepeatRow = sheet.FrozenRows > XlSheet.TitleRows ? sheet.FrozenRows : null;
    }

    public double[] Widths { get; }

    /// Columns the title block spans and the print area covers: the table's, and the charts'.
    public int Columns { get; }

    public double TitleHeight { get; }
    public double SubtitleHeight { get; }

    /// The last row printed: the table's, or the bottom of the last chart.
    public int LastRow { get; }

    /// The header row printed atop every page, if the sheet has one.
    public int? RepeatRow { get; }

    private static int Lines(string text, double unitsPerCharacter, double width) =>
        Math.Max(1, (int)Math.Ceiling(text.Length * unitsPerCharacter / (width * 0.9)));
}
