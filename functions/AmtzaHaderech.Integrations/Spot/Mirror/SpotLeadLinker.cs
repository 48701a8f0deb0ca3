using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// Finds the hub person behind a SPOT row the hub has never seen. In file mode the hub sends its
/// new people to SPOT in a bulk-import file with its own id (`external_id`), but SPOT's export
/// does not give that id back: the person returns under a SPOT id nobody linked. Such a row is
/// linked to the hub person it matches by docs/matching.md's rules (same national ID; or a shared
/// phone or e-mail with the same birth date or the same name), among the people SPOT does not
/// know yet, so the person is not stored twice. One instance per import: a hub person is
/// claimed by one SPOT row at most (SPOT's own duplicates stay apart, as SPOT has them).
internal sealed class SpotLeadLinker(ParticipantStore participants)
{
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<string?> HubIdAsync(SpotParticipant spot, CancellationToken cancellationToken)
    {
        var details = SpotParticipantMapping.Details(spot);
        var ids = await participants.CandidateIdsAsync(details.NationalId, details.Phones, details.Email is null ? [] : [details.Email], cancellationToken);
        if (ids.Count == 0) return null;
        var loaded = await Task.WhenAll(ids.Select(id => participants.GetAsync(id, cancellationToken)));
        var unlinked = loaded.OfType<StoredParticipant>().Select(s => s.Participant).Where(p => p.SpotId is null);
        var decision = Matcher.Decide(details, unlinked);
        if (decision.Kind != DecisionKind.Merge) return null;
        lock (_gate) return _claimed.Add(decision.ParticipantId!) ? decision.ParticipantId : null;
    }
}
