namespace AmtzaHaderech.Integrations.Municipal;

public enum CellKind { Text, Number, Boolean }

/// One cell of a list: its text (what the ledger keeps) and, for spreadsheet cells, what Excel
/// stored: a number, with the date it stands for as a date serial, or a boolean (TRUE/FALSE).
public readonly record struct ListCell(string Text, CellKind Kind = CellKind.Text, DateOnly? Date = null)
{
    public static readonly ListCell Empty = new("");

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// An Excel boolean cell holding TRUE: consent yes, whatever the profile's consent values.
    public bool IsTrueBoolean => Kind == CellKind.Boolean && Text == "TRUE";
}

/// One physical row of a list: its 1-based row number (a CSV record, a worksheet row) and cells.
public sealed record SheetRow(int Number, IReadOnlyList<ListCell> Cells)
{
    public bool IsBlank => Cells.All(c => c.IsBlank);
}
