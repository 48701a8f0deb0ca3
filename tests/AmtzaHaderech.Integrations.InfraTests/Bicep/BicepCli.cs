using System.Diagnostics;
using System.Reflection;

namespace AmtzaHaderech.Integrations.InfraTests.Bicep;

/// The bicep binary of the Azure.Bicep.CommandLine.linux-x64 package, run as a process.
public static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    public static string InfraPath(params string[] parts) => Path.Combine([RepositoryRoot, "infra", .. parts]);

    public static BicepResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // No telemetry and no update check: the machine may have no network.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} ran over 3 minutes");
        }
        return new BicepResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Locate()
    {
        // The package's props file writes the path with a backslash before the file name.
        var path = Metadata("BicepPath").Replace('\\', Path.DirectorySeparatorChar);
        if (!File.Exists(path)) throw new FileNotFoundException("The bicep binary of Azure.Bicep.CommandLine.linux-x64 is missing", path);
        // NuGet extracts files without the execute bit on some machines.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0) File.SetUnixFileMode(path, mode | execute);
        }
        return path;
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing: see the test project file");
}

/// What one bicep command did. Clean means it succeeded and printed no diagnostic: bicep exits 0
/// on warnings, so a warning shows only in the output.
public sealed record BicepResult(int ExitCode, string Stdout, string Stderr)
{
    public bool Clean => ExitCode == 0 && Stderr.Trim().Length == 0;

    public override string ToString() => $"exit {ExitCode}\n{Stderr}";
}
