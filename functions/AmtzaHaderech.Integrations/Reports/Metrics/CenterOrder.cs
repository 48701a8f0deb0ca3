namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// Report order of centers: the configured ones, then codes found among the reported
/// participants but not configured (ordinal text order). Participants without a center count
/// only in `all`.
internal static class CenterOrder
{
    public static List<string> Of(IReadOnlyList<string> configured, IEnumerable<string?> found)
    {
        var known = new HashSet<string>(configured, StringComparer.Ordinal);
        var extra = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var center in found)
            if (center is not null && !known.Contains(center)) extra.Add(center);
        return [.. configured.Distinct(StringComparer.Ordinal), .. extra];
    }
}
