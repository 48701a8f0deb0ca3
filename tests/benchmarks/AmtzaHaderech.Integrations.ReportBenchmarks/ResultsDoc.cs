using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AmtzaHaderech.Integrations.ReportBenchmarks.Runs;

namespace AmtzaHaderech.Integrations.ReportBenchmarks;

/// The results as Markdown: a table on stdout, and a dated section appended to docs/benchmarks.md.
public static class ResultsDoc
{
    private const double MB = 1024 * 1024;

    public static string Table(RunResult result, int activities)
    {
        var text = new StringBuilder();
        text.AppendLine("| step | time (s) | peak RSS (MB) | RSS growth (MB) | peak heap growth (MB) | allocated (MB) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in result.Steps)
            text.AppendLine(Invariant($"| {s.Step} | {s.Elapsed.TotalSeconds:0.000} | {s.PeakRss / MB:0} | {s.PeakOverBaseline / MB:0} | {s.PeakHeapGrowth / MB:0} | {s.Allocated / MB:0} |"));
        text.AppendLine();
        text.AppendLine(Invariant($"Cells written: program workbook {result.ProgramCells:N0}, coordinators' workbooks {result.CoordinatorCells:N0}. ")
            + Invariant($"Workbook time over the ceiling's: program {Ratio(result, 1, 2)}, coordinators {Ratio(result, 4, 5)}."));
        text.AppendLine();
        text.AppendLine(Invariant($"The evaluation report's metrics over the program report's: {result.EvaluationOverProgram:0.00}x (target: at most 3x), ")
            + Invariant($"with {activities:N0} activities; its peak heap growth {result.Steps[RunResult.EvaluationMetricsStep].PeakHeapGrowth / MB:0} MB."));
        return text.ToString();
    }

    public static string SourceTable(IReadOnlyList<Measurement> steps)
    {
        var text = new StringBuilder();
        text.AppendLine("| step | time (s) | peak RSS (MB) | peak heap growth (MB) | allocated (MB) |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var s in steps)
            text.AppendLine(Invariant($"| {s.Step} | {s.Elapsed.TotalSeconds:0.000} | {s.PeakRss / MB:0} | {s.PeakHeapGrowth / MB:0} | {s.Allocated / MB:0} |"));
        text.AppendLine();
        text.AppendLine(Invariant($"The store over the folder: {StoreOverFolder(steps):0.00}x (target: at most 3x)."));
        return text.ToString();
    }

    public static double StoreOverFolder(IReadOnlyList<Measurement> steps) => steps[1].Elapsed / steps[0].Elapsed;

    public static string Section(DateTimeOffset started, int participants, int activities, int rounds, int seed, RunResult result,
        IReadOnlyList<Measurement>? source, int sourceParticipants) =>
        Invariant($"### {started:yyyy-MM-dd HH:mm} UTC, {participants:N0} participants\n\n")
        + $"{Machine()}; each step the fastest of {rounds} round(s), seed {seed}.\n\n"
        + Table(result, activities) + "\n"
        + (source is null ? "" : Invariant($"Reading SPOT's data, {sourceParticipants:N0} participants:\n\n") + SourceTable(source) + "\n");

    public static async Task AppendAsync(string path, string section, CancellationToken cancellationToken)
    {
        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "# Benchmarks\n";
        var separator = existing.EndsWith("\n\n", StringComparison.Ordinal) ? "" : existing.EndsWith('\n') ? "\n" : "\n\n";
        await File.AppendAllTextAsync(path, separator + section, cancellationToken);
    }

    private static string Ratio(RunResult result, int workbook, int ceiling) =>
        (result.Steps[workbook].Elapsed / result.Steps[ceiling].Elapsed).ToString("0.0", CultureInfo.InvariantCulture) + "x";

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return Invariant($"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), ")
            + Invariant($"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * MB):0} GiB, {RuntimeInformation.FrameworkDescription}, load average {LoadAtStart} at the start ({LoadAverage()} at the end)");
    }

    /// Read when the program starts: the machine is shared, and the load changes during a run.
    public static readonly string LoadAtStart = LoadAverage();

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
