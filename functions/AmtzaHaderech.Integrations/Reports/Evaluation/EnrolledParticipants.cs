using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The participants enrolled at D, in SPOT's order, each known by its position; SPOT's id finds
/// the position. Everything per participant in the evaluation is an array by position.
internal sealed class EnrolledParticipants
{
    private readonly List<SpotParticipant> _participants;
    private Dictionary<string, int>? _positions;

    public EnrolledParticipants(IReadOnlyList<SpotParticipant> all, DateOnly asOf) =>
        _participants = [.. all.Where(p => p.EnrolledOn <= asOf)];

    public int Count => _participants.Count;

    public SpotParticipant this[int position] => _participants[position];

    public IReadOnlyList<SpotParticipant> All => _participants;

    public int? PositionOf(string participantId)
    {
        if (_positions is null)
        {
            _positions = new Dictionary<string, int>(_participants.Count, StringComparer.Ordinal);
            for (var i = 0; i < _participants.Count; i++) _positions[_participants[i].ParticipantId] = i;
        }
        return _positions.TryGetValue(participantId, out var position) ? position : null;
    }
}
