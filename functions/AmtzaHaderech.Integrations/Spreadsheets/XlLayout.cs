namespace AmtzaHaderech.Integrations.Spreadsheets;

/// Where a sheet's parts fall when printed: the title block merged across the table (and the
/// charts beside it, and empty columns beyond a narrow table, up to a chart's width, so a title
/// fits on one line where it can), with the row heights its wrapped lines need; the print area;
/// the row repeated atop every page. Fonts are not measured: a character of the 14pt bold title
/// is counted as 1.3 column-width units, one of the 10pt subtitle as 0.9, and a line holds 90%
/// of the width, so a wrapped title gets a line too many rather than too few.
internal sealed class XlLayout
{
    public const int ChartColumns = 8, ChartRows = 18;
    private const double DefaultColumnWidth = 8.43, TitleUnits = 1.3, SubtitleUnits = 0.9, Fill = 0.9;

    public XlLayout(XlSheet sheet)
    {
        Widths = sheet.ColumnWidths();
        var columns = Widths.Length + (sheet.Charts.Count > 0 ? ChartColumns : 0);
        var needed = Math.Max(sheet.Title.Length * TitleUnits, sheet.Subtitle.Length * SubtitleUnits) / Fill;
        while (Width(columns) < needed && columns < Widths.Length + ChartColumns) columns++;
        Columns = columns;
        TitleHeight = Lines(sheet.Title, TitleUnits) * 19 + 4;
        SubtitleHeight = Lines(sheet.Subtitle, SubtitleUnits) * 13.5 + 3;
        LastRow = Math.Max(sheet.LastRow, XlSheet.TitleRows + sheet.Charts.Count * ChartRows);
        RepeatRow = sheet.FrozenRows > XlSheet.TitleRows ? sheet.FrozenRows : null;
    }

    public double[] Widths { get; }

    /// Columns the title block spans and the print area covers.
    public int Columns { get; }

    public double TitleHeight { get; }
    public double SubtitleHeight { get; }

    /// The last row printed: the table's, or the bottom of the last chart.
    public int LastRow { get; }

    /// The header row printed atop every page, if the sheet has one.
    public int? RepeatRow { get; }

    private double Width(int columns) => Widths.Take(columns).Sum() + Math.Max(0, columns - Widths.Length) * DefaultColumnWidth;

    private int Lines(string text, double unitsPerCharacter) =>
        Math.Max(1, (int)Math.Ceiling(text.Length * unitsPerCharacter / (Width(Columns) * Fill)));
}
