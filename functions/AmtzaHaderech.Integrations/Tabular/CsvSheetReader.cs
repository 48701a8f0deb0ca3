using System.Runtime.CompilerServices;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using CsvHelper;

namespace AmtzaHaderech.Integrations.Tabular;

/// A CSV list's records, in the shared CSV rules (the literal `"` inside an unquoted field), in
/// an encoding decided beforehand; a record is numbered as it comes, blank lines not counted.
internal static class CsvSheetReader
{
    /// A line or field over the limits throws (FileTooLargeException.Is).
    public static async IAsyncEnumerable<SheetRow> RowsAsync(InboundFile file, string encoding, string delimiter, FileLimits limits,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var text = TextDecoding.OpenReader(file.Open(), encoding, limits: limits);
        using var parser = new CsvParser(text, Csv.Configuration(delimiter, limits));
        var number = 0;
        while (await parser.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new SheetRow(++number, [.. parser.Record!.Select(value => new ListCell(value))]);
        }
    }
}
