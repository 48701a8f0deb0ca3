namespace AmtzaHaderech.Integrations.Referrals.Rows;

/// One chunk of a large file, as a message on the `referrals` queue: which file (its blob in the
/// `inbound` container, read by `Channel`), which receipt, and which data rows (`FromRow` to
/// `ToRow`, 1-based, inclusive). `Rows` and `Encoding` are the whole file's, as its first
/// pass checked it; `Chunks` is how many chunks the file has.
public sealed record ImportChunk
{
    public required string Channel { get; init; }
    public required string Source { get; init; }
    public required string BlobName { get; init; }
    public required string File { get; init; }
    public required string ReceiptId { get; init; }
    public required int Index { get; init; }
    public required int Chunks { get; init; }
    public required int FromRow { get; init; }
    public required int ToRow { get; init; }
    public required int Rows { get; init; }
    public string? Encoding { get; init; }
    public required DateOnly FileDate { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    public bool Holds(int row) => row >= FromRow && row <= ToRow;

    /// The chunks of a file of `rows` data rows, `rowsPerChunk` each (the last may be shorter).
    public static IEnumerable<ImportChunk> Plan(ImportChunk template, int rows, int rowsPerChunk)
    {
        var chunks = Math.Max(1, (rows + rowsPerChunk - 1) / rowsPerChunk);
        for (var i = 0; i < chunks; i++)
            yield return template with { Index = i + 1, Chunks = chunks, FromRow = i * rowsPerChunk + 1, ToRow = Math.Min(rows, (i + 1) * rowsPerChunk), Rows = rows };
    }
}
