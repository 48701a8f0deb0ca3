namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The median of whole numbers: the middle value, or the mean of the two middle values of an
/// even count; null for none.
internal static class Medians
{
    public static double? Of(List<int> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + (double)values[middle]) / 2;
    }
}
