using System.Diagnostics;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// Memory of this process during one run, in bytes.
/// `PeakWorkingSet`: the largest resident size sampled (every 50 ms).
/// `PeakManagedHeap`: the largest managed heap sampled, garbage included.
/// `LiveHeap`: the largest heap left after a full collection at each quarter of the rows: what
/// the import really holds; it must not grow with the file.
public sealed record MemoryUse(long PeakWorkingSet, long PeakManagedHeap, long LiveHeap);

/// Samples memory in the background and takes the live heap at each quarter of the rows (the
/// importer reports progress inline, once per row).
public sealed class MemoryProbe : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private readonly int _rows;
    private long _peakWorkingSet;
    private long _peakManagedHeap;
    private long _liveHeap;
    private int _nextQuarter = 1;

    public MemoryProbe(int rows)
    {
        _rows = rows;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _sampler = Task.Run(SampleAsync);
    }

    public void AtRow(int rowsDone)
    {
        if (_nextQuarter > 4 || rowsDone < (long)_rows * _nextQuarter / 4) return;
        _nextQuarter++;
        var live = GC.GetTotalMemory(forceFullCollection: true);
        if (live > _liveHeap) _liveHeap = live;
    }

    public async Task<MemoryUse> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        Sample();
        return new MemoryUse(_peakWorkingSet, _peakManagedHeap, _liveHeap);
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token)) Sample();
        }
        catch (OperationCanceledException)
        {
            // Stopped: the last sample is taken by StopAsync.
        }
    }

    private void Sample()
    {
        using var self = Process.GetCurrentProcess();
        InterlockedMax(ref _peakWorkingSet, self.WorkingSet64);
        InterlockedMax(ref _peakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
    }
}
