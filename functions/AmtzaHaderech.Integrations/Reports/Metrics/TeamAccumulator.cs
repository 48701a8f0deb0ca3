namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// One participant's state at D for the coordinators' report.
internal sealed record ParticipantMonth(
    ContactDue Contact, bool Active, bool Placed, bool EnrolledInMonth, bool FirstPlacementInMonth,
    int Meetings, int Workshops, int Events, IReadOnlyList<FollowUpDue> FollowUps);

/// The figures of one coordinator, center or `all` in the coordinators' report.
internal sealed class TeamAccumulator(string? coordinator, string? center)
{
    private int _active, _total, _placed, _newEnrolments, _meetings, _workshops, _events, _firstPlacements;
    private readonly List<ContactDue> _noContact = [];
    private readonly List<FollowUpDue> _followUps = [];

    public void Add(ParticipantMonth p)
    {
        _total++;
        if (p.Active) _active++;
        if (p.Placed) _placed++;
        if (p.EnrolledInMonth) _newEnrolments++;
        if (p.FirstPlacementInMonth) _firstPlacements++;
        _meetings += p.Meetings;
        _workshops += p.Workshops;
        _events += p.Events;
        // Latest contact on or before D - 90 days.
        if (p.Active && p.Contact.DaysSince >= CoordinatorMetrics.NoContactDays) _noContact.Add(p.Contact);
        _followUps.AddRange(p.FollowUps);
    }

    public TeamFigures Figures() => new()
    {
        Coordinator = coordinator,
        Center = center,
        Active = _active,
        Total = _total,
        Placed = _placed,
        PlacementRate = MetricBands.Ratio(_placed, _total),
        NewEnrolments = _newEnrolments,
        Meetings = _meetings,
        Workshops = _workshops,
        Events = _events,
        FirstPlacements = _firstPlacements,
        NoContact90 =
        [
            .. _noContact.OrderBy(c => c.LatestContact).ThenBy(c => c.ParticipantId, StringComparer.Ordinal),
        ],
        FollowUpsDue =
        [
            .. _followUps.OrderBy(f => f.DueOn).ThenBy(f => f.ParticipantId, StringComparer.Ordinal)
                .ThenBy(f => f.Rule, StringComparer.Ordinal),
        ],
    };
}
