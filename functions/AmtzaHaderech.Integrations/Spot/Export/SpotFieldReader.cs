using System.Globalization;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Reads the typed fields of one CSV record and remembers the first field that failed, so a
/// row's parser reads columns in order and the row is quarantined for the first bad one.
public sealed class SpotFieldReader(IReadOnlyDictionary<string, int> columnIndexes)
{
    private string[] _record = [];

    public string? Failure { get; private set; }

    public void Start(string[] record)
    {
        _record = record;
        Failure = null;
    }

    /// Trimmed text; empty means unknown (null).
    public string? Text(string column)
    {
        var index = columnIndexes[column];
        if (index >= _record.Length) return null;
        var value = _record[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// A key column: a row without it is quarantined. Returns "" then, never read further.
    public string Id(string column)
    {
        var value = Text(column);
        if (value is null) Fail(SpotQuarantineReasons.Missing(column));
        return value ?? "";
    }

    public DateOnly? Date(string column)
    {
        var value = Text(column);
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Fail(SpotQuarantineReasons.BadDate(column));
        return null;
    }

    public int? Integer(string column, int min, int max)
    {
        var value = Text(column);
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
            return number;
        Fail(SpotQuarantineReasons.BadNumber(column));
        return null;
    }

    public decimal? Decimal(string column, decimal min)
    {
        var value = Text(column);
        if (value is null) return null;
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number) && number >= min)
            return number;
        Fail(SpotQuarantineReasons.BadNumber(column));
        return null;
    }

    public bool? Boolean(string column)
    {
        var value = Text(column);
        if (value is null) return null;
        if (bool.TryParse(value, out var flag)) return flag;
        Fail(SpotQuarantineReasons.BadBoolean(column));
        return null;
    }

    /// A closed code that is not in docs/spot.md's keep-as-given list (gender): compared
    /// case-insensitively, returned in the list's spelling.
    public string? ClosedCode(string column, params string[] allowed)
    {
        var value = Text(column);
        if (value is null) return null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (match is null) Fail(SpotQuarantineReasons.BadCode(column));
        return match;
    }

    private void Fail(string reason) => Failure ??= reason;
}
