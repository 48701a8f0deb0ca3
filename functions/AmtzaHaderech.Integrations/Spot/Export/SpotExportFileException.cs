namespace AmtzaHaderech.Integrations.Spot.Export;

/// The whole file cannot be read: `Reason` is `empty`, `encoding` or
/// `missing_column:<a>[,<b>...]` (the wording of docs/cli.md's file reasons).
internal sealed class SpotExportFileException(string file, string reason)
    : Exception($"SPOT export file {file} cannot be read: {reason}")
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
