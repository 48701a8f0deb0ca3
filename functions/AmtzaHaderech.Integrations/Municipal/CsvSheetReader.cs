using System.Runtime.CompilerServices;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using CsvHelper;

namespace AmtzaHaderech.Integrations.Municipal;

/// A CSV list's records, in the shared CSV rules (the literal `"` inside an unquoted field), in
/// an encoding decided beforehand; a record is numbered as it comes, blank lines not counted.
public static class CsvSheetReader
{
    public static async IAsyncEnumerable<SheetRow> RowsAsync(InboundFile file, string encoding, string delimiter,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var text = TextDecoding.OpenReader(file.Open(), encoding);
        using var parser = new CsvParser(text, Csv.Configuration(delimiter));
        var number = 0;
        while (await parser.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new SheetRow(++number, [.. parser.Record!.Select(value => new ListCell(value))]);
        }
    }
}
