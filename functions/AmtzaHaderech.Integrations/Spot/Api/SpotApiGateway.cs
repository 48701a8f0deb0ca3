using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// `api` mode: drains the outbox through SPOT's REST interface, one person at a time in the
/// order their changes were made. A change that fails for now stops that person's queue (later
/// changes may depend on it) and is tried again at its next attempt time; one SPOT refuses is
/// quarantined and the queue goes on. While SPOT has asked for a pause longer than a request
/// waits (SpotThrottleGate), nothing is sent: the changes stay as they are until it ends.
internal sealed partial class SpotApiGateway(
    SpotOutbox outbox,
    SpotChangeSender sender,
    SpotPuller puller,
    SpotPushReport report,
    SpotThrottleGate gate,
    IOptions<SpotOptions> options,
    TimeProvider clock,
    ILogger<SpotApiGateway> logger) : ISpotGateway
{
    private const int Parallelism = 4;

    public string Mode => SpotOptions.ModeApi;

    public Task<SpotPullResult> PullAsync(CancellationToken cancellationToken = default) => puller.PullAsync(cancellationToken);

    public async Task<SpotPushResult> PushAsync(SpotPushScope scope, CancellationToken cancellationToken = default)
    {
        if (gate.LongPauseLeft() is { } left)
        {
            LogPaused(left.TotalSeconds);
            return await report.BuildAsync(Mode, scope, 0, [], [], cancellationToken);
        }
        IReadOnlyList<PendingPerson> people = scope.ParticipantId is { } id
            ? await outbox.PendingPersonAsync(id, cancellationToken) is { } one ? [one] : []
            : await outbox.PendingPeopleAsync(cancellationToken);
        var sent = 0;
        var failed = new List<StoredSpotChange>();
        var tally = new Lock();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, token) =>
            {
                var (delivered, failures) = await DrainAsync(person, scope.IgnoreSchedule, token);
                lock (tally)
                {
                    sent += delivered;
                    failed.AddRange(failures);
                }
            });
        return await report.BuildAsync(Mode, scope, sent, failed, [], cancellationToken);
    }

    private async Task<(int Sent, List<StoredSpotChange> Failed)> DrainAsync(PendingPerson person, bool ignoreSchedule, CancellationToken cancellationToken)
    {
        var (sent, failed) = (0, new List<StoredSpotChange>());
        foreach (var change in await outbox.ChangesAsync(person.ParticipantId, OutboxRows.Pending, cancellationToken))
        {
            var now = clock.GetUtcNow();
            if (!ignoreSchedule && change.NextAttemptAt > now) break;
            // A pause began during this push: leave the change due rather than count a failed attempt.
            if (gate.LongPauseLeft() is not null) break;
            var delivery = await TrySendAsync(change, cancellationToken);
            if (delivery.Outcome == SpotDeliveryOutcome.Delivered)
            {
                await outbox.DeliveredAsync(change, null, delivery.LinkSpotId, cancellationToken);
                LogSent(change.Change.Id, change.Change.Kind, change.Change.ParticipantId);
                sent++;
                continue;
            }
            if (delivery.Outcome == SpotDeliveryOutcome.Quarantine)
            {
                await outbox.QuarantineAsync(change, delivery.Error!, cancellationToken);
                LogQuarantined(change.Change.Id, change.Change.Kind, change.Change.ParticipantId);
                failed.Add(change with { State = OutboxRows.Quarantined, Error = delivery.Error });
                continue;
            }
            var settings = options.Value;
            var next = RetrySchedule.Next(now, change.Attempts, delivery.RetryAfter, settings.RetryFirstDelay, settings.RetryLongestDelay);
            await outbox.RescheduleAsync(change, delivery.Error!, next, cancellationToken);
            LogRetry(change.Change.Id, change.Change.ParticipantId, change.Attempts + 1, next);
            failed.Add(change with { Error = delivery.Error, NextAttemptAt = next, Attempts = change.Attempts + 1 });
            break;
        }
        await outbox.ReleaseIfDoneAsync(person, cancellationToken);
        return (sent, failed);
    }

    private async Task<SpotDelivery> TrySendAsync(StoredSpotChange change, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(change, cancellationToken);
        }
        catch (Exception e) when (Transient(e, cancellationToken) is { } error)
        {
            return SpotDelivery.Retry(error, (e as SpotUnavailableException)?.RetryAfter);
        }
    }

    /// Why SPOT could not be reached, or null when the exception is not about SPOT.
    internal static string? Transient(Exception e, CancellationToken cancellationToken) => e switch
    {
        SpotUnavailableException => e.Message,
        TimeoutRejectedException => "timeout: SPOT did not answer in time",
        BrokenCircuitException => "circuit_open: SPOT failed repeatedly; the hub waits before calling again",
        HttpRequestException h => $"unreachable: {h.HttpRequestError}",
        OperationCanceledException when !cancellationToken.IsCancellationRequested => "timeout: the request was cancelled",
        System.Text.Json.JsonException => "bad_response: SPOT answered with JSON the hub cannot read",
        _ => null,
    };

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "SPOT push skipped: SPOT asked the hub to stop sending for {Seconds} s more")]
    private partial void LogPaused(double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "SPOT change {ChangeId} ({Kind}) of participant {ParticipantId} delivered")]
    private partial void LogSent(string changeId, string kind, string participantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SPOT refused change {ChangeId} ({Kind}) of participant {ParticipantId}: quarantined")]
    private partial void LogQuarantined(string changeId, string kind, string participantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SPOT change {ChangeId} of participant {ParticipantId} failed (attempt {Attempts}); next attempt at {NextAttempt}")]
    private partial void LogRetry(string changeId, string participantId, int attempts, DateTimeOffset nextAttempt);
}
