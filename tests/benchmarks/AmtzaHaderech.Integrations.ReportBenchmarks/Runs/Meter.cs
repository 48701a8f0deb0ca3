using System.Diagnostics;

namespace AmtzaHaderech.Integrations.ReportBenchmarks.Runs;

/// One measured step: wall time, this process's peak resident memory during the step (Linux
/// VmHWM, reset before the step through /proc/self/clear_refs), the resident memory before it,
/// the managed bytes allocated by it, and the managed heap's peak over its size at the start
/// (sampled every few milliseconds: the GC keeps freed memory resident, so a step that follows a
/// larger one shows no RSS growth even when it needs a lot; the heap shows it).
public sealed record Measurement(string Step, TimeSpan Elapsed, long BaselineRss, long PeakRss, long Allocated, long PeakHeapGrowth)
{
    public long PeakOverBaseline => Math.Max(0, PeakRss - BaselineRss);
}

public static class Meter
{
    public static (Measurement Measurement, T Result) Measure<T>(string step, Func<T> run)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        ResetPeak();
        var baseline = Status("VmRSS:");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var heapAtStart = GC.GetTotalMemory(forceFullCollection: false);
        var peakHeap = heapAtStart;
        var sampling = true;
        var sampler = new Thread(() =>
        {
            while (Volatile.Read(ref sampling))
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(2);
            }
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sampler.Start();
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        var atEnd = GC.GetTotalMemory(forceFullCollection: false);
        Volatile.Write(ref sampling, false);
        sampler.Join();
        var measurement = new Measurement(step, clock.Elapsed, baseline, Status("VmHWM:"),
            GC.GetTotalAllocatedBytes(precise: true) - allocated, Math.Max(peakHeap, atEnd) - heapAtStart);
        return (measurement, result);
    }

    /// Writing 5 to clear_refs sets the peak (VmHWM) back to the current resident size.
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PlatformNotSupportedException("Peak memory needs Linux's /proc/self/clear_refs.", e);
        }
    }

    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
