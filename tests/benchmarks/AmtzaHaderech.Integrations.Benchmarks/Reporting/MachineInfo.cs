using System.Runtime.InteropServices;
using System.Text.Json;
using AmtzaHaderech.Integrations.Cli.Local;

namespace AmtzaHaderech.Integrations.Benchmarks.Reporting;

/// What the numbers were measured on: they mean little without it.
public static class MachineInfo
{
    public static string Describe()
    {
        var memoryGb = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
        return $"{Environment.ProcessorCount} cores ({CpuModel()}), {memoryGb:F0} GB, {RuntimeInformation.OSDescription}, "
            + $".NET {Environment.Version}, Azurite {AzuriteVersion()} in memory; load average at start {LoadAverage()}";
    }

    private static string CpuModel() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':') + 1)..].Trim()
            : RuntimeInformation.ProcessArchitecture.ToString();

    public static string LoadAverage() =>
        ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? string.Join(' ', line.Split(' ').Take(3)) : "unknown";

    private static string AzuriteVersion()
    {
        var root = AzuriteProgram.ProjectRoot();
        var manifest = root is null ? null : Path.Combine(root, "node_modules", "azurite", "package.json");
        if (manifest is null || !File.Exists(manifest)) return "(version unknown)";
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "" : "";
    }

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
