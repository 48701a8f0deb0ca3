namespace AmtzaHaderech.Integrations.Spreadsheets;

/// A sheet being composed: a title block (the title with its as-of date, then where the data
/// came from), then tables. Rows are numbered as Excel numbers them (1-based); the title block
/// takes rows 1-3.
internal sealed class XlSheet(string name, string title, string subtitle)
{
    public const int TitleRows = 3;

    private readonly List<XlCell[]> _rows = [];
    private readonly Dictionary<int, double> _minimumWidths = [];

    public string Name { get; } = XlNames.SheetName(name);
    public string Title => title;
    public string Subtitle => subtitle;
    public IReadOnlyList<XlCell[]> Rows => _rows;
    public List<XlChart> Charts { get; } = [];

    /// Drop-down lists and date checks on the cells staff fill in.
    public List<XlValidation> Validations { get; } = [];

    /// The table with a filter button on each header cell (one per sheet, as Excel allows).
    public XlRange? Filter { get; set; }

    /// Rows (counted from the top) that stay visible while scrolling: through the first header.
    /// That header row is also printed atop every page.
    public int FrozenRows { get; private set; }

    /// The Excel row number of the last row added.
    public int LastRow => TitleRows + _rows.Count;

    public int ColumnCount => _rows.Count == 0 ? 1 : _rows.Max(r => r.Length);

    public int Header(params string[] labels)
    {
        _rows.Add([.. labels.Select(l => XlCell.Label(l, XlStyle.Header))]);
        if (FrozenRows == 0) FrozenRows = LastRow;
        return LastRow;
    }

    /// A header row that is not the one to freeze and repeat (a small table above the main one).
    public int SubHeader(params string[] labels)
    {
        _rows.Add([.. labels.Select(l => XlCell.Label(l, XlStyle.Header))]);
        return LastRow;
    }

    public int Row(params XlCell[] cells)
    {
        _rows.Add(cells);
        return LastRow;
    }

    public void Blank() => _rows.Add([]);

    /// A line of explanation under a table: one cell that spills over its empty neighbours, so
    /// it does not widen the column it starts in.
    public int Note(string text)
    {
        _rows.Add([XlCell.Label(text, XlStyle.Subtitle)]);
        return LastRow;
    }

    /// A column at least this wide (in characters): for cells staff write in, empty when written.
    public void MinimumWidth(int column, double characters) => _minimumWidths[column] = characters;

    public XlCell CellAt(int row, int column)
    {
        var cells = _rows[row - TitleRows - 1];
        return column <= cells.Length ? cells[column - 1] : default;
    }

    /// Column widths in characters, from what each cell shows (the title block and notes
    /// excluded: they are merged across the columns or spill over empty neighbours).
    public double[] ColumnWidths()
    {
        var widths = new double[ColumnCount];
        foreach (var row in _rows)
            for (var c = 0; c < row.Length; c++)
                if (row[c].Style != XlStyle.Subtitle) widths[c] = Math.Max(widths[c], row[c].Display().Length);
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Clamp(widths[c] * 1.15 + 2, 8, 60);
            if (_minimumWidths.TryGetValue(c + 1, out var minimum)) widths[c] = Math.Max(widths[c], minimum);
        }
        return widths;
    }
}

/// A native column chart over a block of the sheet: categories in one column, one series per
/// value column, series names from the header row.
public sealed record XlChart(string Title, int HeaderRow, int FirstRow, int LastRow, int CategoryColumn, IReadOnlyList<int> ValueColumns, string NumberFormat);

/// A block of cells, 1-based and inclusive.
public sealed record XlRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// A check Excel makes on entry: a value from `Items` (shown as a drop-down), or a date on or
/// after `From`. `Message` is the error shown for anything else.
public sealed record XlValidation(XlRange Range, IReadOnlyList<string>? Items, DateOnly? From, string Message);
