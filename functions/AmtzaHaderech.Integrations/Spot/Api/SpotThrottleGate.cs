using System.Diagnostics.Metrics;
using System.Globalization;
using AmtzaHaderech.Integrations.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// SPOT's "stop sending" (429 or 503 with Retry-After, docs/spot.md) holds every request of the
/// process, not only the one that was refused: sends, lookups and pull pages all pass here (the
/// token call does not: the token endpoint is not the REST service SPOT paused).
///
/// A pause shorter than Spot:LongestWaitInRequest is waited out in place, on the machine's clock
/// like the resilience pipeline's other waits. A longer one is the outbox's to wait out: it is kept
/// on the hub's clock, the one the outbox schedules by, so the gate and the refused change reopen
/// together even when that clock is pinned or simulated; a request meanwhile fails at once with
/// the time left. A Retry-After date is read on the hub's clock too, as SpotResponse reads it.
internal sealed partial class SpotThrottleGate
{
    public const int PauseEventId = 4300;

    /// Set on a request that must not wait (the token call).
    public static readonly HttpRequestOptionsKey<bool> Bypass = new("AmtzaHaderech.Spot.ThrottleBypass");

    private static readonly Meter Meter = new(HubMeter.Name);
    private static readonly Counter<long> Pauses = Meter.CreateCounter<long>("SpotPauses");

    private readonly Lock _lock = new();
    private readonly IOptions<SpotOptions> _options;
    private readonly TimeProvider _clock;
    private readonly TimeProvider _network;
    private readonly ILogger _logger;
    private DateTimeOffset _shortPauseEnd = DateTimeOffset.MinValue;
    private DateTimeOffset _longPauseEnd = DateTimeOffset.MinValue;
    private int _waiting;

    public SpotThrottleGate(IOptions<SpotOptions> options, TimeProvider clock, ILogger<SpotThrottleGate> logger)
        : this(options, clock, TimeProvider.System, logger)
    {
    }

    /// `network`: the clock short pauses are waited on (a fake one in tests).
    internal SpotThrottleGate(IOptions<SpotOptions> options, TimeProvider clock, TimeProvider network, ILogger<SpotThrottleGate> logger)
    {
        _options = options;
        _clock = clock;
        _network = network;
        _logger = logger;
    }

    /// Requests waiting here now: a test knows the hub is held at the gate without timing it.
    internal int Waiting => Volatile.Read(ref _waiting);

    /// Returns once SPOT may be called; throws SpotUnavailableException (with the time left)
    /// during a pause too long to wait in a request.
    public async Task WaitAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                if (LongPauseLeftLocked() is { } left)
                    throw new SpotUnavailableException(
                        $"paused: SPOT asked the hub to stop sending; {Math.Ceiling(left.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s left", left);
                wait = _shortPauseEnd - _network.GetUtcNow();
            }
            if (wait <= TimeSpan.Zero) return;
            // Then look again: another answer may have lengthened the pause meanwhile.
            Interlocked.Increment(ref _waiting);
            try
            {
                await Task.Delay(wait, _network, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
    }

    /// Closes the gate when SPOT's answer asks for a pause.
    public void Observe(HttpResponseMessage response)
    {
        if (PauseOf(response) is not { } pause) return;
        var status = (int)response.StatusCode;
        bool started;
        lock (_lock)
        {
            started = !IsClosed();
            if (pause < _options.Value.LongestWaitInRequest)
                _shortPauseEnd = Later(_shortPauseEnd, _network.GetUtcNow() + pause);
            else
                _longPauseEnd = Later(_longPauseEnd, _clock.GetUtcNow() + pause);
        }
        if (!started) return;
        // Answers to requests that were in flight together lengthen the pause; they are not new ones.
        Pauses.Add(1, new KeyValuePair<string, object?>("Status", status));
        LogPause(status, pause.TotalSeconds);
    }

    /// What is left of a pause too long to wait in a request, or null.
    public TimeSpan? LongPauseLeft()
    {
        lock (_lock) return LongPauseLeftLocked();
    }

    /// The pause an answer asks for: 429 or 503 with a Retry-After in the future.
    public TimeSpan? PauseOf(HttpResponseMessage response) =>
        (int)response.StatusCode is 429 or 503 && RetryAfterOf(response) is { } wait && wait > TimeSpan.Zero ? wait : null;

    public TimeSpan? RetryAfterOf(HttpResponseMessage response) => SpotResponse.RetryAfterOf(response.Headers.RetryAfter, _clock.GetUtcNow());

    private TimeSpan? LongPauseLeftLocked()
    {
        var left = _longPauseEnd - _clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    private bool IsClosed() => _shortPauseEnd > _network.GetUtcNow() || LongPauseLeftLocked() is not null;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    // The length and status only: the request's URL can hold a national ID.
    [LoggerMessage(EventId = PauseEventId, Level = LogLevel.Warning,
        Message = "SPOT answered {Status} with Retry-After: every request to SPOT pauses for {Seconds} s")]
    private partial void LogPause(int status, double seconds);
}
