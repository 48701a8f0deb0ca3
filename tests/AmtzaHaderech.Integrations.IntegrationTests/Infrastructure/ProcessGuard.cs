using System.Diagnostics;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// Waits for a process the tests started. The limit is against a hang, not a measure of speed:
/// on the shared machine, under a load average of 60, the demo alone has taken over five
/// minutes. A process still running at the limit is stopped and the test fails saying so.
public static class ProcessGuard
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(30);

    public static async Task WaitForExitAsync(Process process, string what)
    {
        using var limit = new CancellationTokenSource(HangLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} was still running after {HangLimit.TotalMinutes} minutes, and was stopped.");
        }
    }
}
