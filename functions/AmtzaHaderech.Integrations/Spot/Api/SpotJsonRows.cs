using System.Text.Json;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// The items of a pulled page as export rows: each JSON item is read column by column, by the
/// camelCase names of the export columns, with the same parsers and the same quarantine reasons
/// as the export files, so a pull stores exactly what an export with those rows would.
internal static class SpotJsonRows
{
    public static (List<SpotRow<T>> Rows, List<string> Ids) Read<T>(JsonElement items, string file, IReadOnlyList<string> columns,
        Func<SpotFieldReader, T> parse) where T : class
    {
        var fields = new SpotFieldReader(columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i));
        var (rows, ids) = (new List<SpotRow<T>>(), new List<string>());
        var row = 0;
        foreach (var item in items.EnumerateArray())
        {
            row++;
            var record = columns.Select(c => Text(item, SpotFields.JsonName(c))).ToArray();
            fields.Start(record);
            var parsed = parse(fields);
            rows.Add(fields.Failure is { } reason ? new SpotRow<T>(row, null, new SpotQuarantine(file, row, reason)) : new SpotRow<T>(row, parsed, null));
            ids.Add(record[0] is { Length: > 0 } id ? id : "#" + row);
        }
        return (rows, ids);
    }

    private static string Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => "",
            }
            : "";
}
