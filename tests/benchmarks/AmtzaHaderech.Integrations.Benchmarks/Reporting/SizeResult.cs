using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.Benchmarks.Runs;

namespace AmtzaHaderech.Integrations.Benchmarks.Reporting;

/// The ceiling and the import of one file size, side by side.
public sealed record SizeResult(RunResult Import, RunResult Ceiling)
{
    public double Ratio => Import.RowsPerSecond / Ceiling.RowsPerSecond;

    public const double Target = 0.7;

    public static string Table(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine("| rows | import s | import rows/s | ceiling s | ceiling rows/s | ratio (target ≥ 0.7) | Table calls import / ceiling | peak working set MB | peak managed heap MB | live heap MB |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
            text.AppendLine(Invariant($"| {s.Import.Rows:N0} | {s.Import.Elapsed.TotalSeconds:F1} | {s.Import.RowsPerSecond:F1} | {s.Ceiling.Elapsed.TotalSeconds:F1} | {s.Ceiling.RowsPerSecond:F1} | {s.Ratio:F2} | {s.Import.TableCalls:N0} / {s.Ceiling.TableCalls:N0} | {Mb(s.Import.Memory.PeakWorkingSet)} | {Mb(s.Import.Memory.PeakManagedHeap)} | {Mb(s.Import.Memory.LiveHeap)} |"));
        return text.ToString();
    }

    public static string Outcomes(IReadOnlyList<SizeResult> sizes) =>
        string.Join(Environment.NewLine, sizes.Select(s => Invariant($"- {s.Import.Rows:N0} rows: ")
            + string.Join(", ", s.Import.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Invariant($"{c.Key} {c.Value:N0}")))));

    private static string Mb(long bytes) => Invariant($"{bytes / 1024.0 / 1024.0:F0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
