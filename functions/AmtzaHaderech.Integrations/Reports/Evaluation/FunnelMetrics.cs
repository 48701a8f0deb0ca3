using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Reports.Metrics;

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

    /// `enrolled`: SPOT's participants enrolled at D; `placed`: whether each is placed at D.
    public static FunnelReport Compute(FunnelInputs inputs, EnrolledParticipants enrolled, bool[] placed,
        DateOnly from, DateOnly to, DateOnly asOf)
    {
        var tallies = Channels.Append(MetricBands.AllCenters).ToDictionary(c => c, _ => new Tally(), StringComparer.Ordinal);
        var all = tallies[MetricBands.AllCenters];
        var days = new ReceivedDays();
        var firstTouch = new Dictionary<string, ReferralRecord>(StringComparer.Ordinal);
        foreach (var record in inputs.Records
            .Where(r => days.Of(r.ReceivedAt) >= from && days.Of(r.ReceivedAt) <= to)
            .OrderBy(r => r.ReceivedAt).ThenBy(r => r.LedgerId, StringComparer.Ordinal))
        {
            all.Count(record.Outcome);
            tallies.GetValueOrDefault(record.Channel)?.Count(record.Outcome);
            if (record.Outcome is Outcomes.Accepted or Outcomes.Merged && record.PersonId is { } person) firstTouch.TryAdd(person, record);
        }

        var invitations = inputs.Invitations.ToLookup(i => i.PersonId, StringComparer.Ordinal);
        foreach (var (person, record) in firstTouch)
        {
            var day = days.Of(record.ReceivedAt);
            // An invitation to a conference after the record's day (the invitation rule never invites to an earlier one).
            var invited = invitations[person].Where(i => i.ConferenceOn > day).ToList();
            int? daysToEnrolment = null;
            var isPlaced = false;
            // The SPOT participant the person is, when SPOT's row is in the mirror and enrolled by D.
            if (inputs.SpotIdByPerson.TryGetValue(person, out var spotId) && enrolled.PositionOf(spotId) is { } position
                && enrolled[position].EnrolledOn is { } enrolledOn && enrolledOn >= day)
            {
                daysToEnrolment = enrolledOn.DayNumber - day.DayNumber;
                isPlaced = placed[position];
            }
            var outcome = new PersonOutcome(record.Screening, invited.Count > 0, invited.Exists(i => i.Coming == true), daysToEnrolment, isPlaced);
            all.Add(outcome);
            tallies.GetValueOrDefault(record.Channel)?.Add(outcome);
        }

        return new FunnelReport(from, to, [.. Channels.Append(MetricBands.AllCenters).Select(c => tallies[c].Figures(c))]);
    }

    /// Israel's date of each instant a record was received; the records of a file share one.
    private sealed class ReceivedDays
    {
        private readonly Dictionary<DateTimeOffset, DateOnly> _days = [];

        public DateOnly Of(DateTimeOffset receivedAt)
        {
            if (!_days.TryGetValue(receivedAt, out var day)) _days[receivedAt] = day = IsraelTime.DateOf(receivedAt);
            return day;
        }
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
