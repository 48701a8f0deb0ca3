using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops;

/// The seats of each session (table `workshops`, a partition per session: the `seats` counter
/// and a row per participant). Every change is one transaction of the counter and the person's
/// row, each under the ETag it was read with: of two people taking the last seat at once, one
/// transaction lands and the other is read again, finds the session full and goes to the
/// waiting list. The seat is decided when the answer arrives, never from what a page showed.
public sealed class WorkshopSeats(HubStorage storage, TimeProvider clock)
{
    private TableClient Table => storage.Table(StorageNames.Tables.Workshops);

    public async Task<SeatCount> CountAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(sessionId, SignUpRows.SeatsRow, cancellationToken: cancellationToken);
        return row.HasValue ? SeatCount.From(row.Value!) : SeatCount.None;
    }

    public async Task<WorkshopSignUp?> SignUpOfAsync(string sessionId, string participantId, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(sessionId, SignUpRows.RowOf(participantId), cancellationToken: cancellationToken);
        return row.HasValue ? SignUpRows.From(row.Value!) : null;
    }

    /// Everyone with a row in the session, in waiting-list order.
    public async Task<IReadOnlyList<WorkshopSignUp>> SignUpsAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var rows = new List<WorkshopSignUp>();
        var prefix = SignUpRows.RowPrefix;
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        await foreach (var row in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {sessionId} and RowKey ge {prefix} and RowKey lt {end}"), cancellationToken: cancellationToken))
            rows.Add(SignUpRows.From(row));
        return [.. rows.OrderBy(r => r.Seq).ThenBy(r => r.ParticipantId, StringComparer.Ordinal)];
    }

    /// "I'll come": a seat while one is free and nobody waits, else the waiting list.
    public Task<SignUpResult> SignUpAsync(WorkshopSession session, string participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return OptimisticWrites.RetryAsync(async _ =>
        {
            var (count, current) = await ReadAsync(session.Id, participantId, cancellationToken);
            if (current is { } known && (SignUpStates.HoldsSeat(known.State) || known.State == SignUpStates.Waiting))
                return new SignUpResult(SignUpOutcome.Already, known.State, known.State == SignUpStates.Waiting ? await PositionAsync(known, cancellationToken) : null);
            var now = clock.GetUtcNow();
            var booked = count.FreeFor(session.Seats) > 0;
            var row = new WorkshopSignUp(session.Id, participantId, booked ? SignUpStates.Booked : SignUpStates.Waiting,
                count.NextSeq, now, null, null, current?.ETag ?? default);
            var after = booked ? count with { Held = count.Held + 1, NextSeq = count.NextSeq + 1 }
                : count with { Waiting = count.Waiting + 1, NextSeq = count.NextSeq + 1 };
            await CommitAsync(session.Id, count, after, current, row, cancellationToken);
            return booked ? new SignUpResult(SignUpOutcome.Booked, row.State) : new SignUpResult(SignUpOutcome.Waiting, row.State, await PositionAsync(row, cancellationToken));
        }, cancellationToken, addMayRace: true);
    }

    /// "Cancel": gives back a seat (booked, or offered and not wanted) or the place on the list.
    /// False when the person held neither. A freed seat is offered to the waiting list by the
    /// scheduler's next run (AdvanceAsync).
    public Task<bool> CancelAsync(string sessionId, string participantId, CancellationToken cancellationToken = default) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var (count, current) = await ReadAsync(sessionId, participantId, cancellationToken);
            if (current is null || !(SignUpStates.HoldsSeat(current.State) || current.State == SignUpStates.Waiting)) return false;
            var after = current.State == SignUpStates.Waiting ? count with { Waiting = count.Waiting - 1 } : count with { Held = count.Held - 1 };
            await CommitAsync(sessionId, count, after, current, current with { State = SignUpStates.Cancelled }, cancellationToken);
            return true;
        }, cancellationToken, addMayRace: true);

    /// Takes a seat offered to the person, while the offer stands. The seat is theirs already
    /// (an offer holds it), so this never oversells.
    public Task<bool> TakeOfferAsync(string sessionId, string participantId, CancellationToken cancellationToken = default) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var current = await SignUpOfAsync(sessionId, participantId, cancellationToken);
            if (current?.State == SignUpStates.Booked) return true;
            if (current?.State != SignUpStates.Offered || current.OfferUntil <= clock.GetUtcNow()) return false;
            // The row's ETag: a lapse of the offer at the same moment changes the row too, so one of the two wins.
            await Table.UpdateEntityAsync((current with { State = SignUpStates.Booked }).ToEntity(), current.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }, cancellationToken);

    /// The waiting list moves: offers not taken in time lapse, and each free seat is offered to
    /// the first person waiting, for `offerFor`. Returns the people offered a seat now. Safe to
    /// run from two hosts at once: each step is a transaction under the counter's ETag.
    public async Task<IReadOnlyList<WorkshopSignUp>> AdvanceAsync(WorkshopSession session, TimeSpan offerFor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var offered = new List<WorkshopSignUp>();
        var now = clock.GetUtcNow();
        foreach (var lapsed in (await SignUpsAsync(session.Id, cancellationToken)).Where(s => s.State == SignUpStates.Offered && s.OfferUntil <= now))
            await OptimisticWrites.RetryAsync(async _ =>
            {
                var (count, current) = await ReadAsync(session.Id, lapsed.ParticipantId, cancellationToken);
                if (current is not { State: SignUpStates.Offered } || current.OfferUntil > now) return;
                await CommitAsync(session.Id, count, count with { Held = count.Held - 1 }, current, current with { State = SignUpStates.Lapsed }, cancellationToken);
            }, cancellationToken);
        while (await OfferNextAsync(session, now, offerFor, cancellationToken) is { } next) offered.Add(next);
        return offered;
    }

    private Task<WorkshopSignUp?> OfferNextAsync(WorkshopSession session, DateTimeOffset now, TimeSpan offerFor, CancellationToken cancellationToken) =>
        OptimisticWrites.RetryAsync(async _ =>
        {
            var count = await CountAsync(session.Id, cancellationToken);
            if (count.Waiting == 0 || count.Held >= session.Seats) return null;
            var first = (await SignUpsAsync(session.Id, cancellationToken)).FirstOrDefault(s => s.State == SignUpStates.Waiting);
            if (first is null) return null;
            var offer = first with { State = SignUpStates.Offered, OfferedAt = now, OfferUntil = now + offerFor };
            await CommitAsync(session.Id, count, count with { Held = count.Held + 1, Waiting = count.Waiting - 1 }, first, offer, cancellationToken);
            return offer;
        }, cancellationToken);

    /// The person's place on the waiting list (1 for the first).
    public async Task<int> PositionAsync(WorkshopSignUp waiting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        return (await SignUpsAsync(waiting.SessionId, cancellationToken)).Count(s => s.State == SignUpStates.Waiting && s.Seq <= waiting.Seq);
    }

    private async Task<(SeatCount Count, WorkshopSignUp? Current)> ReadAsync(string sessionId, string participantId, CancellationToken cancellationToken) =>
        (await CountAsync(sessionId, cancellationToken), await SignUpOfAsync(sessionId, participantId, cancellationToken));

    // The counter and the person's row change together or not at all; each is an insert where
    // it was not there when read, else a replace under the ETag it was read with.
    private Task CommitAsync(string sessionId, SeatCount before, SeatCount after, WorkshopSignUp? current, WorkshopSignUp row, CancellationToken cancellationToken)
    {
        var counterAdd = before.ETag == default;
        TableTransactionAction[] actions =
        [
            counterAdd
                ? new(TableTransactionActionType.Add, after.ToEntity(sessionId))
                : new(TableTransactionActionType.UpdateReplace, after.ToEntity(sessionId), before.ETag),
            current is null
                ? new(TableTransactionActionType.Add, row.ToEntity())
                : new(TableTransactionActionType.UpdateReplace, row.ToEntity(), current.ETag),
        ];
        return Table.SubmitTransactionAsync(actions, cancellationToken);
    }
}
