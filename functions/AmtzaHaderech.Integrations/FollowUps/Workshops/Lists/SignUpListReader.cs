using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Tabular;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// Reads a marked sign-up list back: the SPOT ids of the rows marked "הגיע". Bounded before it
/// parses (the package check refuses a zip bomb, the reader a cell or part over the limits, and
/// a list longer than MaxRows is refused whole); the header is found by its names in the first
/// rows, so a coordinator who added a line above it loses nothing. A row marked without an id is
/// an error naming the row: nobody is recorded from a list that says "came" of no one known.
public static class SignUpListReader
{
    public const int MaxRows = 2000;
    /// A list of 2,000 rows is far under 1 MiB; a file over this is not read (nor downloaded).
    public const long MaxFileBytes = 4 * 1024 * 1024;
    private const int HeaderSearchRows = 10;

    public static IReadOnlyList<string> Attended(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (XlsxPackageCheck.Check(stream, FileLimits.Default) is { } problem)
            throw new InvalidDataException($"{fileName}: {problem}");
        stream.Position = 0;
        int? idColumn = null, markColumn = null;
        var attended = new List<string>();
        foreach (var row in XlsxSheetReader.Rows(stream, null))
        {
            if (row.Number > MaxRows) throw new InvalidDataException($"{fileName}: more than {MaxRows} rows; a session's list is far shorter.");
            var cells = row.Cells.Select(c => c.Text.Trim()).ToList();
            if (idColumn is null)
            {
                if (row.Number > HeaderSearchRows) break;
                var id = cells.IndexOf(SignUpListWorkbook.Headers[SignUpListWorkbook.IdColumn - 1]);
                var mark = cells.IndexOf(SignUpListWorkbook.Headers[SignUpListWorkbook.MarkColumn - 1]);
                if (id >= 0 && mark >= 0) (idColumn, markColumn) = (id, mark);
                continue;
            }
            var marked = markColumn < cells.Count ? cells[markColumn.Value] : "";
            if (marked != SignUpListWorkbook.Came) continue;
            var participant = idColumn < cells.Count ? cells[idColumn.Value].TrimStart('\'') : "";
            if (participant.Length == 0) throw RowError(row.Number, $"{fileName}: row {row.Number} is marked \"{SignUpListWorkbook.Came}\" but has no participant id (column \"מזהה משתתף\").");
            attended.Add(participant);
        }
        if (idColumn is null)
            throw new InvalidDataException($"{fileName}: no header row with \"מזהה משתתף\" and \"הגיע?\" in the first {HeaderSearchRows} rows; is this a workshop's sign-up list?");
        return attended;
    }

    /// The row a refusal names, for the logs (the message names the file and the column too,
    /// never a cell's text); null when the refusal is of the whole file.
    public static int? RowOf(Exception error) => error?.Data[RowKey] as int?;

    private const string RowKey = "SignUpListRow";

    private static InvalidDataException RowError(int row, string message) => new(message) { Data = { [RowKey] = row } };
}
