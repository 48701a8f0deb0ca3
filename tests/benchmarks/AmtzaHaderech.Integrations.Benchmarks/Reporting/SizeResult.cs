using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.Benchmarks.Runs;

namespace AmtzaHaderech.Integrations.Benchmarks.Reporting;

/// The runs of one file size (one of each kind per round), side by side: the best round of each
/// (other work on a shared machine only ever slows a run down) and the most memory any import
/// used. `Concurrent` and `Ceilings` are empty when the run left them out.
public sealed record SizeResult(IReadOnlyList<RunResult> Imports, IReadOnlyList<RunResult> Concurrent, IReadOnlyList<RunResult> Ceilings)
{
    public const double Target = 0.7;

    public RunResult? Import => Imports.MaxBy(r => r.RowsPerSecond);
    public RunResult? Parallel => Concurrent.MaxBy(r => r.RowsPerSecond);
    public RunResult? Ceiling => Ceilings.MaxBy(r => r.RowsPerSecond);
    public int Rows => (Import ?? Parallel)!.Rows;
    public double? Ratio => Ceiling is { } ceiling && Import is { } import ? import.RowsPerSecond / ceiling.RowsPerSecond : null;
    public double? SpeedUp => Parallel is { } parallel && Import is { } import ? parallel.RowsPerSecond / import.RowsPerSecond : null;

    public static string Table(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine("| rows | rounds | sequential s | sequential rows/s | concurrent s | concurrent rows/s | speed-up | ceiling rows/s | ratio to ceiling (target ≥ 0.7) | .NET CPU s seq / conc | Table calls a row seq / conc / ceiling | peak working set MB seq / conc | live heap MB seq / conc |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
        {
            var (import, parallel, ceiling) = (s.Import, s.Parallel, s.Ceiling);
            text.AppendLine(Invariant($"| {s.Rows:N0} | {Math.Max(s.Imports.Count, s.Concurrent.Count)} | {Or(import?.Cost.Elapsed.TotalSeconds, "F1")} | {Or(import?.RowsPerSecond, "F1")} | ")
                + Invariant($"{Or(parallel?.Cost.Elapsed.TotalSeconds, "F1")} | {Or(parallel?.RowsPerSecond, "F1")} | {Or(s.SpeedUp, "F2")}x | ")
                + Invariant($"{Or(ceiling?.RowsPerSecond, "F1")} | {Or(s.Ratio, "F2")} | {Or(import?.Cost.Cpu.TotalSeconds, "F1")} / {Or(parallel?.Cost.Cpu.TotalSeconds, "F1")} | ")
                + Invariant($"{Or(import?.TableCallsPerRow, "F2")} / {Or(parallel?.TableCallsPerRow, "F2")} / {Or(ceiling?.TableCallsPerRow, "F2")} | ")
                + Invariant($"{Mb(Peak(s.Imports, m => m.PeakWorkingSet))} / {Mb(Peak(s.Concurrent, m => m.PeakWorkingSet))} | ")
                + Invariant($"{Mb(Peak(s.Imports, m => m.LiveHeap))} / {Mb(Peak(s.Concurrent, m => m.LiveHeap))} |"));
        }
        return text.ToString();
    }

    public static string Outcomes(IReadOnlyList<SizeResult> sizes) =>
        string.Join(Environment.NewLine, sizes.SelectMany(s => new[] { ("sequential", s.Import), ("concurrent", s.Parallel) })
            .Where(r => r.Item2 is not null)
            .Select(r => Invariant($"- {r.Item2!.Rows:N0} rows, {r.Item1}: ")
                + string.Join(", ", r.Item2.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Invariant($"{c.Key} {c.Value:N0}")))));

    private static long? Peak(IReadOnlyList<RunResult> runs, Func<MemoryUse, long> of) => runs.Count == 0 ? null : runs.Max(r => of(r.Cost.Memory));

    private static string Mb(long? bytes) => bytes is { } b ? Invariant($"{b / 1024.0 / 1024.0:F0}") : "-";

    private static string Or(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
