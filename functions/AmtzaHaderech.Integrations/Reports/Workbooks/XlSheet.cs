namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// A sheet being composed: a title block (title, as-of date and data source), then tables.
/// Rows are numbered as Excel numbers them (1-based); the title block takes rows 1-3.
internal sealed class XlSheet(string name, string title, string subtitle)
{
    public const int TitleRows = 3;

    private readonly List<XlCell[]> _rows = [];

    public string Name { get; } = XlNames.SheetName(name);
    public string Title => title;
    public string Subtitle => subtitle;
    public IReadOnlyList<XlCell[]> Rows => _rows;
    public List<XlChart> Charts { get; } = [];

    /// Rows (counted from the top) that stay visible while scrolling: through the first header.
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

    public XlCell CellAt(int row, int column)
    {
        var cells = _rows[row - TitleRows - 1];
        return column <= cells.Length ? cells[column - 1] : default;
    }

    /// Column widths in characters, from what each cell shows (the title block and notes
    /// excluded: they spill over empty neighbours).
    public double[] ColumnWidths()
    {
        var widths = new double[ColumnCount];
        foreach (var row in _rows)
            for (var c = 0; c < row.Length; c++)
                if (row[c].Style != XlStyle.Subtitle) widths[c] = Math.Max(widths[c], row[c].Display().Length);
        return [.. widths.Select(w => Math.Clamp(w * 1.15 + 2, 8, 60))];
    }
}

/// A native column chart over a block of the sheet: categories in one column, one series per
/// value column, series names from the header row.
internal sealed record XlChart(string Title, int HeaderRow, int FirstRow, int LastRow, int CategoryColumn, IReadOnlyList<int> ValueColumns, string NumberFormat);
