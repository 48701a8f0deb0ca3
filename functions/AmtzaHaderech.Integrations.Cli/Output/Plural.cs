using System.Globalization;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// "1 follow-up", "2 follow-ups", "1,234 records": a count with its noun in the right number.
public static class Plural
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";
}
