using System.Diagnostics;
using System.Globalization;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// A CLI run with what it cost: the wall time and the process's peak resident set.
public sealed record MeasuredRun(CliRun Run, TimeSpan Elapsed, long PeakResidentKb);

/// Runs the real `amtza` as a child process and watches its peak resident set: the kernel keeps
/// the high-water mark (VmHWM in /proc/<pid>/status), so a read every few milliseconds misses
/// nothing but growth in the very last moments before exit.
public static class MeasuredCliRun
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    /// `hangGuard` only stops a run that would never end; it is no measure of speed.
    public static async Task<MeasuredRun> RunAsync(IEnumerable<string> args, IDictionary<string, string> environment, TimeSpan hangGuard)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = AmtzaCli.Start(args, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        while (!process.HasExited)
        {
            if (PeakResidentKb(process.Id) is { } kb) peak = Math.Max(peak, kb);
            if (stopwatch.Elapsed > hangGuard)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"amtza {string.Join(' ', args)} still ran after {hangGuard}; peak so far {peak:N0} kB.");
            }
            await Task.Delay(PollEvery);
        }
        await process.WaitForExitAsync();
        stopwatch.Stop();
        return new MeasuredRun(new CliRun(process.ExitCode, await stdout, await stderr), stopwatch.Elapsed, peak);
    }

    // Null once the process is gone (or a zombie, whose memory is already released).
    private static long? PeakResidentKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
        }
        return null;
    }
}
