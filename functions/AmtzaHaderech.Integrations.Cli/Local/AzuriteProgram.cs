using System.Diagnostics;

namespace AmtzaHaderech.Integrations.Cli.Local;

/// Finds the Azurite program of the project's npm lock file, installing it with `npm ci` on
/// first use (a fresh clone has no node_modules yet).
public static class AzuriteProgram
{
    private static readonly string RelativePath = Path.Combine("node_modules", ".bin", "azurite");

    public static async Task<string> LocateAsync(CancellationToken cancellationToken = default)
    {
        if (Environment.GetEnvironmentVariable("AMTZA_AZURITE") is { Length: > 0 } configured) return configured;
        var root = ProjectRoot()
            ?? throw new InvalidOperationException("Cannot find the project's package.json (with Azurite) above the current folder or the program; set AMTZA_AZURITE to the azurite program.");
        var program = Path.Combine(root, RelativePath);
        if (File.Exists(program)) return program;

        await Console.Error.WriteLineAsync($"Installing Azurite from the project's npm lock file (npm ci in {root})...");
        var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = root, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("npm did not start: install Node.js and npm.");
        _ = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0 || !File.Exists(program))
            throw new InvalidOperationException($"npm ci failed (exit {npm.ExitCode}) in {root}.");
        return program;
    }

    /// The folder holding the project's package.json, searched upward from the current folder
    /// and from the program's own folder.
    public static string? ProjectRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "package.json"))
                    && File.ReadAllText(Path.Combine(dir.FullName, "package.json")).Contains("\"azurite\"", StringComparison.Ordinal))
                    return dir.FullName;
        return null;
    }
}
