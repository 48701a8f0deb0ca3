using System.Diagnostics;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Participants;

/// A record's match decision, made on candidates whose identity keys it has claimed.
public sealed record ClaimedDecision(MatchDecision Decision, IReadOnlyList<StoredParticipant> Candidates);

/// Identity is claimed, not assumed (docs/architecture.md, "Identity claims"). A record is
/// matched against the people its identity keys list, and before anyone is written, the person
/// it decided on (a new one, or the one it merges into) is added to each of those keys' rows
/// with a write that lands only if the row is still as it was read. Two hosts deciding "new
/// person" for one human at once share a key, so one of the writes fails; the loser looks again,
/// finds the winner, and merges or goes to review by the rules. The winner is the person's first
/// record: its channel is their recruitment channel.
///
/// A key can list someone whose row is not written yet (the winner is between its claim and its
/// save): the loser waits for them, up to `Hub:IdentityClaimWait`. A claim older than that with
/// no person is a crashed import's: it is passed over, and that import's re-run merges into
/// whoever was written meanwhile.
public sealed partial class IdentityClaims(
    HubStorage storage,
    ParticipantStore participants,
    IdentityKeys identityKeys,
    IOptions<HubOptions> options,
    ILogger<IdentityClaims> logger)
{
    private readonly IdentityIndex _index = new(storage);

    /// `ownId` is the id a new person from this record gets; unless `includeOwnPerson`, a person
    /// with it is a crashed run's half-written one, no candidate. `waitsForDecision` says whether
    /// merging into a person must wait for a person's decision (a claim that would change them):
    /// such a record claims no key, so the index never lists anyone under a value they do not hold.
    public async Task<ClaimedDecision> DecideAsync(PersonDetails person, string ownId, bool includeOwnPerson,
        Func<Participant, bool>? waitsForDecision = null, CancellationToken cancellationToken = default)
    {
        // In one order for everybody, so two writers contending for several keys meet on the first.
        var keys = identityKeys.AllFor(person.NationalId, person.Phones, person.Email is null ? [] : [person.Email])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var (rows, candidates) = await LookUpAsync(keys, ownId, includeOwnPerson, cancellationToken);
            var decision = Matcher.Decide(person, candidates.Select(c => c.Participant));
            var target = decision.Kind switch
            {
                DecisionKind.NewPerson => ownId,
                DecisionKind.Merge when waitsForDecision?.Invoke(candidates.First(c => c.Participant.Id == decision.ParticipantId).Participant) == true => null,
                DecisionKind.Merge => decision.ParticipantId!,
                _ => null,
            };
            // A crashed run of this record may have claimed keys for a person it never wrote (a
            // person its key committed is a real one, and keeps their keys).
            if (target != ownId && !includeOwnPerson) await ReleaseAsync(rows.Where(r => r.Lists(ownId)), ownId, cancellationToken);
            if (target is null || await ClaimAllAsync(rows, target, ownId, cancellationToken))
                return new ClaimedDecision(decision, candidates);
            if (attempt >= OptimisticWrites.MaxAttempts)
                throw new InvalidOperationException($"Record for participant {ownId}: the identity keys kept changing over {attempt} attempts.");
            LogClaimLost(ownId, attempt);
            await OptimisticWrites.PauseAsync(attempt + 1, cancellationToken);
        }
    }

    // The keys' rows and the people they list, once every listed person is written (or their
    // claim is too old to be anyone's work in progress).
    private async Task<(IReadOnlyList<IdentityRow> Rows, List<StoredParticipant> Candidates)> LookUpAsync(
        IReadOnlyList<string> keys, string ownId, bool includeOwnPerson, CancellationToken cancellationToken)
    {
        var wait = options.Value.IdentityClaimWait;
        var waited = Stopwatch.StartNew();
        for (var round = 1; ; round++)
        {
            var rows = await Task.WhenAll(keys.Select(key => _index.ReadAsync(key, cancellationToken)));
            var ids = rows.SelectMany(r => r.Ids).Distinct(StringComparer.Ordinal).Where(id => includeOwnPerson || id != ownId).ToList();
            var loaded = await Task.WhenAll(ids.Select(id => participants.GetAsync(id, cancellationToken)));
            var unwritten = ids.Where((_, i) => loaded[i] is null).ToList();
            // Measured against the storage's own timestamps, not the hub's clock (which a run may pin).
            var inProgress = unwritten.Where(id => rows.Any(r => r.Lists(id) && DateTimeOffset.UtcNow - r.ChangedAt < wait)).ToList();
            if (inProgress.Count == 0 || waited.Elapsed >= wait)
            {
                foreach (var id in inProgress) LogClaimPassedOver(id);
                return (rows, loaded.OfType<StoredParticipant>().ToList());
            }
            await OptimisticWrites.PauseAsync(Math.Min(round + 1, 5), cancellationToken);
        }
    }

    private async Task<bool> ClaimAllAsync(IReadOnlyList<IdentityRow> rows, string target, string ownId, CancellationToken cancellationToken)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (await _index.ClaimAsync(rows[i], target, cancellationToken)) continue;
            // A new person's claims that this attempt wrote are taken back: nobody must wait for
            // a person that will not be written. A merge target's stay (they may be that person's
            // keys after all; the matcher compares people on their own data).
            if (target == ownId) await ReleaseAsync(rows.Take(i).Where(r => !r.Lists(ownId)), ownId, cancellationToken);
            return false;
        }
        return true;
    }

    private Task ReleaseAsync(IEnumerable<IdentityRow> rows, string participantId, CancellationToken cancellationToken) =>
        Task.WhenAll(rows.Select(r => _index.ReleaseAsync(r.Key, participantId, cancellationToken)));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Identity claim for participant {ParticipantId} lost on attempt {Attempt}: deciding again")]
    private partial void LogClaimLost(string participantId, int attempt);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning,
        Message = "Participant {ParticipantId} holds an identity claim but was never written (an interrupted import): passed over; re-run that import")]
    private partial void LogClaimPassedOver(string participantId);
}
