using System.Text;

namespace AmtzaHaderech.Integrations.Tabular;

/// Column names compare as people read them: trimmed, spaces collapsed, case ignored, the
/// gershayim and geresh (״ ׳) equal to the ASCII quotes (דוא"ל = דוא״ל), no stray BOM.
internal sealed class ListHeaders : IEqualityComparer<string>
{
    public static readonly ListHeaders Comparer = new();

    public static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Trim().Trim('\uFEFF').Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                continue;
            }
            builder.Append(c switch { '\u05F4' => '"', '\u05F3' => '\'', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString();
    }

    /// The header as written, without surrounding spaces or a BOM (what the ledger keeps).
    public static string Clean(string header) => header.Trim().Trim('\uFEFF').Trim();

    public bool Equals(string? x, string? y) => x is null || y is null ? x == y : Key(x) == Key(y);

    public int GetHashCode(string obj) => Key(obj).GetHashCode(StringComparison.Ordinal);

    /// The profile's names of the required columns the header lacks (`a|b` groups: when none of
    /// their columns is there, every one of them is named), in the order of `Required`.
    public static IReadOnlyList<string> Missing(SheetProfile profile, IEnumerable<string> headers)
    {
        var present = new HashSet<string>(headers, Comparer);
        var missing = new List<string>();
        foreach (var group in profile.EffectiveRequired)
        {
            var columns = group.Split('|', StringSplitOptions.TrimEntries).SelectMany(profile.ColumnsOf).ToList();
            if (!columns.Any(present.Contains)) missing.AddRange(columns.Where(c => !missing.Contains(c)));
        }
        return missing;
    }
}
