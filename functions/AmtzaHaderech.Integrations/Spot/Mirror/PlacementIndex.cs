
namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// Employment episodes grouped by participant once, so each participant's placement episodes
/// (enrolled_on <= start_date <= D) are found without scanning all episodes.
internal sealed class PlacementIndex
{
    private static readonly List<SpotEpisode> None = [];
    private readonly Dictionary<string, List<SpotEpisode>> _byParticipant = new(StringComparer.Ordinal);
    private readonly DateOnly _asOf;

    public PlacementIndex(IEnumerable<SpotEpisode> episodes, DateOnly asOf)
    {
        _asOf = asOf;
        foreach (var episode in episodes)
        {
            if (episode.StartDate is not { } start || start > asOf) continue;
            if (!_byParticipant.TryGetValue(episode.ParticipantId, out var list))
                _byParticipant[episode.ParticipantId] = list = [];
            list.Add(episode);
        }
    }

    /// Fills `placements` with the participant's placement episodes at D and returns the first
    /// placement: the smallest start date, ties broken by the smallest episode id (ordinal text).
    public SpotEpisode? Placements(SpotParticipant participant, List<SpotEpisode> placements)
    {
        placements.Clear();
        if (participant.EnrolledOn is not { } enrolled || enrolled > _asOf) return null;
        SpotEpisode? first = null;
        foreach (var episode in _byParticipant.GetValueOrDefault(participant.ParticipantId, None))
        {
            if (episode.StartDate < enrolled) continue;
            placements.Add(episode);
            if (first is null || IsEarlier(episode, first)) first = episode;
        }
        return first;
    }

    private static bool IsEarlier(SpotEpisode a, SpotEpisode b) =>
        a.StartDate < b.StartDate
        || (a.StartDate == b.StartDate && string.CompareOrdinal(a.EpisodeId, b.EpisodeId) < 0);
}
