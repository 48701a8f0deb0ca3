using System.Collections.Concurrent;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// A fixed-window count per client address, in this instance's memory: enough to slow a script
/// hammering the form, with no shared store to keep. Several instances each count on their own
/// (see docs/intake-form.md). The clock is injectable so tests can move time.
public sealed class RequestRateLimiter(int permits, TimeSpan window, TimeProvider clock)
{
    // Past this many addresses, finished windows are swept out so memory stays bounded.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;
        public int Count;
    }

    /// Whether this request may go ahead; when not, how long until the window ends.
    public (bool Allowed, TimeSpan RetryAfter) TryAcquire(string client)
    {
        var now = clock.GetUtcNow();
        if (_windows.Count > SweepThreshold) Sweep(now);
        var current = _windows.AddOrUpdate(client, _ => new Window(now), (_, w) => now - w.Start >= window ? new Window(now) : w);
        var count = Interlocked.Increment(ref current.Count);
        return count <= permits ? (true, TimeSpan.Zero) : (false, current.Start + window - now);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (client, w) in _windows)
        {
            if (now - w.Start >= window) _windows.TryRemove(client, out _);
        }
    }
}
