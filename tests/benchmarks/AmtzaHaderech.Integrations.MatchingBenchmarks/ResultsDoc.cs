using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace AmtzaHaderech.Integrations.MatchingBenchmarks;

/// The results as Markdown: a table on stdout, and a dated section appended to docs/benchmarks.md.
public static class ResultsDoc
{
    /// Target: the large store's per-record time within this factor of the small store's.
    public const double TargetRatio = 1.5;

    public static string Table(IReadOnlyList<Timing> timings)
    {
        var sizes = timings.Select(t => t.StoreSize).Distinct().Order().ToList();
        var text = new StringBuilder();
        text.AppendLine(Invariant($"| records | {string.Join(" | ", sizes.Select(s => Invariant($"{s:N0} people (ms/record)")))} | ratio | within {TargetRatio}x |"));
        text.AppendLine("|---|" + string.Concat(sizes.Select(_ => "---:|")) + "---:|---|");
        foreach (var kind in timings.Select(t => t.Kind).Distinct())
        {
            var row = sizes.Select(s => timings.Single(t => t.Kind == kind && t.StoreSize == s).MillisecondsPerRecord).ToList();
            var ratio = row[^1] / row[0];
            text.AppendLine(Invariant($"| {kind} | {string.Join(" | ", row.Select(ms => Invariant($"{ms:0.0}")))} | {ratio:0.00}x | {(ratio <= TargetRatio ? "yes" : "no")} |"));
        }
        return text.ToString();
    }

    public static string Section(DateTimeOffset started, string loadBefore, string loadAfter, int records, string table) =>
        Invariant($"### Matching, {started:yyyy-MM-dd HH:mm} UTC, {records} records of each kind\n\n")
        + Invariant($"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, Azurite on the same machine; ")
        + $"load average {loadBefore} at the start, {loadAfter} at the end (the machine is shared).\n\n"
        + table + "\n";

    public static async Task AppendAsync(string path, string section, CancellationToken cancellationToken)
    {
        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "# Benchmarks\n";
        var separator = existing.EndsWith("\n\n", StringComparison.Ordinal) ? "" : existing.EndsWith('\n') ? "\n" : "\n\n";
        await File.AppendAllTextAsync(path, separator + section, cancellationToken);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public static class Machine
{
    /// The 1, 5 and 15 minute load averages.
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
