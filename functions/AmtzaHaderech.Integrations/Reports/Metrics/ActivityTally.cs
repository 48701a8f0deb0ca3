using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// One pass over the activities: per participant, the latest contact on or before D (any type
/// but `message_sent`) and the meetings, workshops and events dated in M.
internal sealed class ActivityTally
{
    internal sealed class Tally
    {
        public DateOnly? LatestContact;
        public int Meetings, Workshops, Events;
    }

    private static readonly Tally Empty = new();
    private readonly Dictionary<string, Tally> _byParticipant = new(StringComparer.Ordinal);

    public Tally For(string participantId) => _byParticipant.GetValueOrDefault(participantId, Empty);

    public static ActivityTally Of(IEnumerable<SpotActivity> activities, IEnumerable<SpotParticipant> reported, ReportMonth month)
    {
        var asOf = month.LastDay;
        var result = new ActivityTally();
        foreach (var participant in reported) result._byParticipant.TryAdd(participant.ParticipantId, new Tally());
        foreach (var activity in activities)
        {
            if (activity.Date is not { } date || date > asOf) continue;
            if (!result._byParticipant.TryGetValue(activity.ParticipantId, out var tally)) continue;
            if (activity.IsContact && !(tally.LatestContact >= date)) tally.LatestContact = date;
            if (!month.Contains(date)) continue;
            switch (activity.Type)
            {
                case SpotCodes.Meeting: tally.Meetings++; break;
                case SpotCodes.Workshop: tally.Workshops++; break;
                case SpotCodes.Event: tally.Events++; break;
            }
        }
        return result;
    }
}
