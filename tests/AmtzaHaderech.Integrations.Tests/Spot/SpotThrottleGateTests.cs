using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Api;
using AmtzaHaderech.Integrations.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.Tests.Spot;

/// The gate on fake clocks: `_network` is the machine's clock short pauses are waited on,
/// `_hub` the hub's clock that dates are read on and long pauses are kept on.
public sealed class SpotThrottleGateTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _network = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeTimeProvider _hub = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));
    private readonly Warnings _log = new();
    private readonly PauseCounter _pauses = new();
    private readonly SpotThrottleGate _gate;

    public SpotThrottleGateTests() =>
        _gate = new SpotThrottleGate(Options.Create(new SpotOptions { LongestWaitInRequest = TimeSpan.FromSeconds(10) }), _hub, _network, _log);

    public void Dispose() => _pauses.Dispose();

    [Fact]
    public void Wait_NoPause_ReturnsAtOnce()
    {
        _gate.Observe(Answer(HttpStatusCode.Created));

        Assert.True(_gate.WaitAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Wait_After429InSeconds_HoldsEveryRequestUntilItEnds()
    {
        _gate.Observe(Answer(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(2))));
        var first = _gate.WaitAsync();
        var second = _gate.WaitAsync();

        _network.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(first.IsCompleted || second.IsCompleted);
        _network.Advance(TimeSpan.FromMilliseconds(1));

        await Task.WhenAll(first, second).WaitAsync(Guard);
    }

    [Fact]
    public async Task Wait_After503WithDate_PausesUntilThatDateOnTheHubsClock()
    {
        _gate.Observe(Answer(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(_hub.GetUtcNow().AddSeconds(3))));
        var waiting = _gate.WaitAsync();

        _network.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(waiting.IsCompleted);
        _network.Advance(TimeSpan.FromMilliseconds(1));

        await waiting.WaitAsync(Guard);
        Assert.Equal(["SPOT answered 503 with Retry-After: every request to SPOT pauses for 3 s"], _log.Lines);
    }

    [Fact]
    public async Task Observe_AnswersDuringAPause_LengthenItAndCountAsOnePause()
    {
        _gate.Observe(Answer(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(TimeSpan.FromSeconds(1))));
        _gate.Observe(Answer(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(2))));
        _gate.Observe(Answer(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(TimeSpan.FromSeconds(1))));
        var waiting = _gate.WaitAsync();

        _network.Advance(TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);
        _network.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(Guard);
        _gate.Observe(Answer(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(1))));

        Assert.Equal(2, _pauses.Total);
        Assert.Equal(2, _log.Lines.Count);
        Assert.All(_log.Lines, line => Assert.StartsWith("SPOT answered ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Observe_NoPauseAsked_LeavesTheGateOpen()
    {
        _gate.Observe(Answer(HttpStatusCode.InternalServerError, new RetryConditionHeaderValue(TimeSpan.FromSeconds(5))));
        _gate.Observe(Answer(HttpStatusCode.TooManyRequests));
        _gate.Observe(Answer(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(TimeSpan.Zero)));
        _gate.Observe(Answer(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(_hub.GetUtcNow().AddSeconds(-5))));

        Assert.True(_gate.WaitAsync().IsCompletedSuccessfully);
        Assert.Empty(_log.Lines);
        Assert.Equal(0, _pauses.Total);
    }

    [Fact]
    public async Task Wait_PauseLongerThanARequestWaits_FailsAtOnceUntilTheHubsClockPassesIt()
    {
        _gate.Observe(Answer(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(TimeSpan.FromMinutes(5))));

        var refused = await Assert.ThrowsAsync<SpotUnavailableException>(() => _gate.WaitAsync());
        Assert.Equal(TimeSpan.FromMinutes(5), refused.RetryAfter);
        Assert.StartsWith("paused: ", refused.Message, StringComparison.Ordinal);
        _network.Advance(TimeSpan.FromMinutes(10)); // the machine's clock does not end it
        Assert.Equal(TimeSpan.FromMinutes(5), _gate.LongPauseLeft());
        _hub.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(_gate.LongPauseLeft());
        Assert.True(_gate.WaitAsync().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Wait_CancelledDuringAPause_Throws()
    {
        using var cancel = new CancellationTokenSource();
        _gate.Observe(Answer(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(2))));
        var waiting = _gate.WaitAsync(cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Guard));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, RetryConditionHeaderValue? retryAfter = null) =>
        new(status) { Headers = { RetryAfter = retryAfter } };

    private sealed class Warnings : ILogger<SpotThrottleGate>
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Assert.Equal((LogLevel.Warning, SpotThrottleGate.PauseEventId), (logLevel, eventId.Id));
            lock (_lines) _lines.Add(formatter(state, exception));
        }
    }

    /// The `SpotPauses` counter of the hub's meter, summed while the test runs.
    private sealed class PauseCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public PauseCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == HubMeter.Name && instrument.Name == "SpotPauses") listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
