using System.Diagnostics;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;
}

/// Runs the real `amtza` program (built beside the tests) as a separate process, as an operator would.
public static class AmtzaCli
{
    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "amtza.dll");

    public static Process Start(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return Process.Start(start)!;
    }

    public static async Task<CliRun> RunAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        string[] arguments = [.. args];
        using var process = Start(arguments, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await ProcessGuard.WaitForExitAsync(process, "amtza " + string.Join(' ', arguments));
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// Environment that points the CLI at the test Azurite under a prefix of its own.
    public static Dictionary<string, string> On(AzuriteFixture azurite, string prefix) => new()
    {
        ["AMTZA_STORAGE"] = azurite.ConnectionString,
        ["Hub__StorageNamePrefix"] = prefix,
        ["Hub__IdentityKeySecret"] = "integration-tests-identity-key-0123456789abcdef",
    };

    public static string Sample(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "samples", .. parts]);
}
