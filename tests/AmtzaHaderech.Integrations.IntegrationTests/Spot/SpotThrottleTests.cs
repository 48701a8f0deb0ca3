using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WireMock;
using static AmtzaHaderech.Integrations.IntegrationTests.Spot.SpotTesting;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// SPOT's "stop sending" (429 or 503 with Retry-After, docs/spot.md) pauses every request of the hub,
/// not only the refused one (issue 13). None may reach SPOT while a pause SPOT asked for is on,
/// though the hub sends four people's changes at a time.
[Collection(StorageCollection.Name)]
public sealed class SpotThrottleTests(AzuriteFixture azurite) : IDisposable
{
    private const int People = 8;
    private const int SentAtOnce = 4; // SpotApiGateway's parallelism

    private readonly FakeSpot _spot = new();
    private readonly CapturedLogs _logs = new();

    public void Dispose() => _spot.Dispose();

    [Fact]
    public async Task Push_503_429_503WithRetryAfterSeconds_NothingReachesSpotDuringThePauseAndEveryChangeLandsOnce()
    {
        var pause = TimeSpan.FromSeconds(1);

        await PushThroughRefusalsAsync(pause, [503, 429, 503], (_, status) => _spot.Pause(status, retryAfter: pause));
    }

    [Fact]
    public async Task Push_429_503_429WithRetryAfterDate_NothingReachesSpotBeforeThatDateAndEveryChangeLandsOnce()
    {
        // SPOT's dates follow the hub's clock here (FakeSpot.Clock), which stands still during the test
        // on a whole second, so the date (one-second resolution) is exactly two seconds ahead.
        var pause = TimeSpan.FromSeconds(2);

        await PushThroughRefusalsAsync(pause, [429, 503, 429], (hub, status) => _spot.Pause(status, retryAt: hub.Clock.GetUtcNow() + pause));
    }

    [Fact]
    public async Task PushAndPull_PauseLongerThanARequestWaits_NeitherAsksSpotUntilItEnds()
    {
        await using var hub = await ApiHubAsync(azurite, _spot); // every Retry-After goes to the outbox
        await ImportRowsAsync(hub, 1, 2);
        _spot.DownUntil = hub.Clock.GetUtcNow().AddSeconds(1);
        _spot.DownRetryAfter = TimeSpan.FromMinutes(5);
        var sync = hub.Get<SpotSync>();
        var refused = await sync.PushAsync(all: true);
        var asked = SpotCalls();
        hub.Clock.Advance(TimeSpan.FromMinutes(1)); // SPOT is back, but asked for five

        var pushed = await sync.PushAsync(all: true);
        var pulled = await sync.PullAsync();
        Assert.Equal(asked, SpotCalls());
        hub.Clock.Advance(TimeSpan.FromMinutes(4));
        var after = await sync.PushAsync(all: true);
        var pulledAfter = await sync.PullAsync();

        Assert.Equal((0, 2), (refused.Sent, refused.Pending));
        Assert.Equal((0, 2, 0), (pushed.Sent, pushed.Pending, pushed.Failed.Count)); // left as they were, not failed again
        Assert.StartsWith("paused: ", Assert.Single(pulled.Failed).Error, StringComparison.Ordinal);
        Assert.Equal((2, 0), (after.Sent, after.Pending));
        Assert.Empty(pulledAfter.Failed);
        Assert.All(_spot.RecordsPerKey.Values, count => Assert.Equal(1, count));
    }

    private int SpotCalls() => _spot.Calls.Count(c => c.Path.StartsWith("/v1/", StringComparison.Ordinal));

    /// Eight people pushed four at a time; SPOT refuses its first three POSTs with `statuses`.
    /// The HTTP pipeline and the gate run on a network clock of the test's that stands still until
    /// the test ends the pause, so "during the pause" is a span of the test, not of the machine.
    private async Task PushThroughRefusalsAsync(TimeSpan pause, int[] statuses, Func<TestHub, int, ResponseMessage> refusal)
    {
        var network = new FakeTimeProvider();
        _spot.Network = network;
        await using var hub = await ApiHubAsync(azurite, _spot, new Dictionary<string, string?>
        {
            ["Spot:LongestWaitInRequest"] = "00:00:10", // the pause is waited out in the requests
        }, services => services.AddLogging(logging => logging.AddProvider(_logs))
            .AddKeyedSingleton<TimeProvider>(SpotRegistration.NetworkClockKey, network));
        int[] rows = [.. Enumerable.Range(1, People)];
        await ImportRowsAsync(hub, rows);
        var gate = hub.Get<SpotThrottleGate>();
        _spot.FaultAsync = new FirstWave(SentAtOnce, statuses.Length, n => refusal(hub, statuses[n - 1]), gate).AnswerAsync;

        var pushing = hub.Get<SpotSync>().PushAsync(all: true);
        // Held at the gate: the three refused requests, sent again, and the next person's, whose
        // slot the answered fourth request freed. Then SPOT's pause ends.
        while (gate.Waiting < SentAtOnce && SpotCalls() <= SentAtOnce && !pushing.IsCompleted) await Task.Delay(10);
        var duringThePause = SpotCalls();
        var refusedAt = network.GetUtcNow();
        network.Advance(pause);
        var result = await pushing;

        Assert.Equal(SentAtOnce, duringThePause); // the first wave, and nothing more until the pause ended
        var calls = _spot.Calls.Where(c => c.Path != "/oauth/token").ToList();
        var refusals = calls.Where(c => c.Status is 429 or 503).ToList();
        Assert.Equal(statuses.Length, refusals.Count);
        Assert.All(refusals, refused => Assert.Equal(refusedAt, refused.Answered));
        // Waited out inside the push: the three refused, then the people not sent yet, all after the pause.
        Assert.Equal(statuses.Length + People - SentAtOnce, calls.Count(c => c.Received >= refusedAt + pause));
        Assert.Single(_logs.Lines, line => line.Contains("every request to SPOT pauses for " + pause.TotalSeconds + " s", StringComparison.Ordinal));

        // Every change landed exactly once, on the person it belongs to.
        Assert.Equal((People, 0, 0), (result.Sent, result.Pending, result.Failed.Count));
        Assert.Equal(People, _spot.RecordsPerKey.Count);
        Assert.All(_spot.RecordsPerKey.Values, count => Assert.Equal(1, count));
        var store = hub.Get<ParticipantStore>();
        foreach (var row in rows)
        {
            var record = Assert.Single(_spot.Participants, p => p["nationalId"]!.GetValue<string>() == NationalId(row));
            Assert.Equal(record["participantId"]!.GetValue<string>(), (await store.GetAsync(HubId(row)))!.Participant.SpotId);
            Assert.DoesNotContain(_logs.Lines, line => line.Contains(NationalId(row), StringComparison.Ordinal));
        }
    }

    /// Holds SPOT's first wave of POSTs (as many as the hub sends at once) until all of it has
    /// arrived, refuses the first `refused` of them, and answers the rest once the hub has read
    /// every refusal (their requests wait at the gate to be sent again): when the rest leave, the
    /// gate is closed, so a request that reaches SPOT before the pause ends is one the gate let by.
    private sealed class FirstWave(int size, int refused, Func<int, ResponseMessage> refusal, SpotThrottleGate gate)
    {
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _posts;

        public async Task<ResponseMessage?> AnswerAsync(IRequestMessage request)
        {
            if (request.Method != "POST" || !request.Path.StartsWith("/v1/", StringComparison.Ordinal)) return null;
            var n = Interlocked.Increment(ref _posts);
            if (n > size) return null;
            if (n == size) _arrived.SetResult();
            await _arrived.Task;
            if (n <= refused) return refusal(n);
            while (gate.Waiting < refused) await Task.Delay(10);
            return null;
        }
    }
}
