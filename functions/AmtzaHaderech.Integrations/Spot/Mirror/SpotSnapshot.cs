namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// A whole SPOT export in memory: what the pure report path computes from.
/// Rows are keyed by their ids as in the store: a later row with the same id replaces an earlier one.
public sealed record SpotSnapshot(
    IReadOnlyList<SpotParticipant> Participants,
    IReadOnlyList<SpotEpisode> Episodes,
    IReadOnlyList<SpotActivity> Activities)
{
    public IReadOnlyList<SpotQuarantine> Quarantined { get; init; } = [];
}
