using System.Globalization;
using System.Text;

namespace AmtzaHaderech.Integrations.Benchmarks.Reporting;

/// docs/benchmarks.md: what the benchmark measures and how to run it (written by hand), then
/// one section per recorded run, appended by the benchmark, newest last.
public static class BenchmarkDoc
{
    public const string RunsHeading = "## Recorded runs";

    public static string Section(DateTimeOffset when, string machine, int seed, BenchmarkSetup setup, string loadAtEnd, IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {when:yyyy-MM-dd HH:mm} UTC: {sizes[^1].Rows:N0} rows, seed {seed}, {Math.Max(sizes[^1].Imports.Count, sizes[^1].Concurrent.Count)} round(s), "
            + $"{(setup.Delay > TimeSpan.Zero ? $"{setup.Delay.TotalMilliseconds:F0} ms network delay" : "no network delay")}, concurrent import {setup.Parallelism} rows at once{(setup.Sequential ? "" : ", no sequential import")}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}; at the end {loadAtEnd}.");
        text.AppendLine();
        text.Append(SizeResult.Table(sizes));
        text.AppendLine();
        text.AppendLine("Outcomes of the import (the benchmark checks them against the generator's plan):");
        text.AppendLine();
        text.AppendLine(SizeResult.Outcomes(sizes));
        return text.ToString();
    }

    public static async Task AppendAsync(string path, string section, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : $"# Benchmarks{Environment.NewLine}";
        var runs = existing.IndexOf(RunsHeading, StringComparison.Ordinal);
        if (runs < 0)
        {
            await File.WriteAllTextAsync(path, $"{existing.TrimEnd()}\n\n{RunsHeading}\n\n{section}", cancellationToken);
            return;
        }
        // Other benchmarks' sections may follow this one's runs: the new run goes last among the runs.
        var next = existing.IndexOf("\n## ", runs + RunsHeading.Length, StringComparison.Ordinal);
        var (before, after) = next < 0 ? (existing, "") : (existing[..(next + 1)], existing[(next + 1)..]);
        var text = new StringBuilder(before.TrimEnd()).Append("\n\n").Append(section);
        if (after.Length > 0) text.Append('\n').Append(after);
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }
}
