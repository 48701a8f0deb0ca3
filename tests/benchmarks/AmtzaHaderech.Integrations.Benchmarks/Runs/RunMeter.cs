using System.Diagnostics;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// What one run cost: wall time, this process's CPU time (the hub's own work, apart from the
/// emulator's), Table calls, memory.
public sealed record Measured(TimeSpan Elapsed, TimeSpan Cpu, long TableCalls, MemoryUse Memory);

/// Measures one run from Start to StopAsync. As the import's progress sink it also takes the
/// live heap at each quarter of the rows (see MemoryProbe), and tells each tenth done (a run of
/// 20,000 rows into Azurite takes many minutes).
public sealed class RunMeter : IProgress<ImportProgress>
{
    private readonly BenchHost _hub;
    private readonly int _rows;
    private readonly string _label;
    private int _nextTenth = 1;
    private readonly MemoryProbe _memory;
    private readonly TimeSpan _cpuAtStart;
    private readonly Stopwatch _clock;

    private RunMeter(BenchHost hub, int rows, string label)
    {
        _hub = hub;
        _rows = rows;
        _label = label;
        _memory = new MemoryProbe(rows);
        hub.Counter.Reset();
        _cpuAtStart = CpuTime();
        _clock = Stopwatch.StartNew();
    }

    public static RunMeter Start(BenchHost hub, int rows, string label) => new(hub, rows, label);

    public void Report(ImportProgress value) => AtRow(value.RowsDone);

    public void AtRow(int rowsDone)
    {
        _memory.AtRow(rowsDone);
        if (_nextTenth > 9 || rowsDone < (long)_rows * _nextTenth / 10) return;
        _nextTenth++;
        Console.Error.WriteLine($"  {_label}: {rowsDone:N0} of {_rows:N0} rows, {_clock.Elapsed.TotalSeconds:F0} s");
    }

    public async Task<Measured> StopAsync()
    {
        _clock.Stop();
        var cpu = CpuTime() - _cpuAtStart;
        var calls = _hub.Counter.Calls;
        var memory = await _memory.StopAsync();
        await _memory.DisposeAsync();
        return new Measured(_clock.Elapsed, cpu, calls, memory);
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
