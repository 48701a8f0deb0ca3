using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.Benchmarks.Runs;

namespace AmtzaHaderech.Integrations.Benchmarks.Reporting;

/// The ceilings and imports of one file size (one of each per round), side by side: the best
/// round of each (other work on a shared machine only ever slows a run down) and the most
/// memory any import used.
public sealed record SizeResult(IReadOnlyList<RunResult> Imports, IReadOnlyList<RunResult> Ceilings)
{
    public const double Target = 0.7;

    public RunResult Import => Imports.MaxBy(r => r.RowsPerSecond)!;
    public RunResult Ceiling => Ceilings.MaxBy(r => r.RowsPerSecond)!;
    public double Ratio => Import.RowsPerSecond / Ceiling.RowsPerSecond;
    public MemoryUse Memory => new(
        Imports.Max(r => r.Cost.Memory.PeakWorkingSet), Imports.Max(r => r.Cost.Memory.PeakManagedHeap), Imports.Max(r => r.Cost.Memory.LiveHeap));

    public static string Table(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine("| rows | rounds | import s | import rows/s | ceiling s | ceiling rows/s | ratio (target ≥ 0.7) | .NET CPU s import / ceiling | Table calls import / ceiling | peak working set MB | peak managed heap MB | live heap MB |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
        {
            var (import, ceiling, memory) = (s.Import.Cost, s.Ceiling.Cost, s.Memory);
            text.AppendLine(Invariant($"| {s.Import.Rows:N0} | {s.Imports.Count} | {import.Elapsed.TotalSeconds:F1} | {s.Import.RowsPerSecond:F1} | {ceiling.Elapsed.TotalSeconds:F1} | {s.Ceiling.RowsPerSecond:F1} | {s.Ratio:F2} | {import.Cpu.TotalSeconds:F1} / {ceiling.Cpu.TotalSeconds:F1} | {import.TableCalls:N0} / {ceiling.TableCalls:N0} | {Mb(memory.PeakWorkingSet)} | {Mb(memory.PeakManagedHeap)} | {Mb(memory.LiveHeap)} |"));
        }
        return text.ToString();
    }

    public static string Outcomes(IReadOnlyList<SizeResult> sizes) =>
        string.Join(Environment.NewLine, sizes.Select(s => Invariant($"- {s.Import.Rows:N0} rows: ")
            + string.Join(", ", s.Import.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Invariant($"{c.Key} {c.Value:N0}")))));

    private static string Mb(long bytes) => Invariant($"{bytes / 1024.0 / 1024.0:F0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
