using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.Reports.Evaluation;

/// The referral funnel (docs/evaluation.md): of the records received in a window, per inbound
/// channel, what happened to them, and how far their people came: screened eligible, invited
/// to an exposure conference, confirmed, enrolled in SPOT, placed. A person counts once, for the
/// channel of their first accepted or merged record in the window (first touch).
internal static class FunnelMetrics
{
    public static readonly string[] Channels = [Sources.EmploymentService, Sources.Municipal, Sources.Facebook, Sources.Intake];

    /// Without a window: the 12 months that end at D, D included.
    public static (DateOnly From, DateOnly To) DefaultWindow(DateOnly asOf) => (DateMath.AddMonths(asOf, -12).AddDays(1), asOf);

    public static FunnelReport Compute(FunnelInputs inputs, IReadOnlyList<SpotParticipant> participants, PlacementIndex index,
        DateOnly from, DateOnly to, DateOnly asOf)
    {
        var tallies = Channels.Append(MetricBands.AllCenters).ToDictionary(c => c, _ => new Tally(), StringComparer.Ordinal);
        var all = tallies[MetricBands.AllCenters];
        var firstTouch = new Dictionary<string, ReferralRecord>(StringComparer.Ordinal);
        foreach (var record in inputs.Records
            .Select(r => (Record: r, Day: IsraelTime.DateOf(r.ReceivedAt)))
            .Where(r => r.Day >= from && r.Day <= to)
            .OrderBy(r => r.Record.ReceivedAt).ThenBy(r => r.Record.LedgerId, StringComparer.Ordinal)
            .Select(r => r.Record))
        {
            all.Count(record.Outcome);
            tallies.GetValueOrDefault(record.Channel)?.Count(record.Outcome);
            if (record.Outcome is Outcomes.Accepted or Outcomes.Merged && record.PersonId is { } person) firstTouch.TryAdd(person, record);
        }

        var invitations = inputs.Invitations.ToLookup(i => i.PersonId, StringComparer.Ordinal);
        var inSpot = LinkedParticipants(firstTouch.Keys, inputs.SpotIdByPerson, participants);
        var placements = new List<SpotEpisode>();
        foreach (var (person, record) in firstTouch)
        {
            var day = IsraelTime.DateOf(record.ReceivedAt);
            // An invitation to a conference after the record's day (the invitation rule never invites to an earlier one).
            var invited = invitations[person].Where(i => i.ConferenceOn > day).ToList();
            DateOnly? enrolledOn = null;
            var placed = false;
            if (inSpot.GetValueOrDefault(person) is { EnrolledOn: { } enrolled } spot && enrolled >= day && enrolled <= asOf)
            {
                enrolledOn = enrolled;
                placed = index.Placements(spot, placements) is not null;
            }
            var outcome = new PersonOutcome(record.Screening, invited.Count > 0, invited.Exists(i => i.Coming == true),
                enrolledOn?.DayNumber - day.DayNumber, placed);
            all.Add(outcome);
            tallies.GetValueOrDefault(record.Channel)?.Add(outcome);
        }

        return new FunnelReport(from, to, [.. Channels.Append(MetricBands.AllCenters).Select(c => tallies[c].Figures(c))]);
    }

    /// The SPOT participant each person is (their SPOT id, when SPOT's row is in the mirror).
    private static Dictionary<string, SpotParticipant> LinkedParticipants(
        IEnumerable<string> people, IReadOnlyDictionary<string, string> spotIdByPerson, IReadOnlyList<SpotParticipant> participants)
    {
        var personBySpotId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in people)
            if (spotIdByPerson.TryGetValue(person, out var spotId)) personBySpotId[spotId] = person;
        var linked = new Dictionary<string, SpotParticipant>(StringComparer.Ordinal);
        if (personBySpotId.Count == 0) return linked;
        foreach (var participant in participants)
            if (personBySpotId.TryGetValue(participant.ParticipantId, out var person)) linked[person] = participant;
        return linked;
    }

    private sealed record PersonOutcome(string? Screening, bool Invited, bool Confirmed, int? DaysToEnrolment, bool Placed);

    private sealed class Tally
    {
        private int _records, _rejected, _duplicate, _review, _noConsent;
        private int _people, _eligible, _routingCall, _notEligible, _invited, _confirmed, _enrolled, _placed;
        private readonly List<int> _daysToEnrolment = [];

        public void Count(string outcome)
        {
            _records++;
            switch (outcome)
            {
                case Outcomes.Rejected: _rejected++; break;
                case Outcomes.Duplicate: _duplicate++; break;
                case Outcomes.Review: _review++; break;
                case Outcomes.NoConsent: _noConsent++; break;
            }
        }

        public void Add(PersonOutcome person)
        {
            _people++;
            switch (person.Screening)
            {
                case ScreeningResults.Eligible: _eligible++; break;
                case ScreeningResults.RoutingCall: _routingCall++; break;
                case ScreeningResults.NotEligible: _notEligible++; break;
            }
            if (person.Invited) _invited++;
            if (person.Invited && person.Confirmed) _confirmed++;
            if (person.DaysToEnrolment is not { } days) return;
            _enrolled++;
            _daysToEnrolment.Add(days);
            if (person.Placed) _placed++;
        }

        public FunnelFigures Figures(string channel) => new(
            channel, _records, _rejected, _duplicate, _review, _noConsent,
            _people, _eligible, MetricBands.Ratio(_eligible, _people), _routingCall, _notEligible,
            _invited, MetricBands.Ratio(_invited, _eligible), _confirmed, MetricBands.Ratio(_confirmed, _invited),
            _enrolled, MetricBands.Ratio(_enrolled, _confirmed), _placed, MetricBands.Ratio(_placed, _enrolled),
            Medians.Of(_daysToEnrolment));
    }
}
