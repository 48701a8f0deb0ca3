namespace AmtzaHaderech.Integrations.FollowUps.State;

/// A follow-up of the schedule (docs/follow-ups.md) that got no answer: the input of `followUpsDue`.
/// `AskedOn`: the day the hub sent it, or gave it to the coordinator for want of a channel
/// (`Reached` false). A check-in the scheduler caught up on is asked long after its due date
/// (a quarterly check-in of someone nobody called for years): it belongs to the month it was
/// asked in, so the coordinators' report of that month lists it.
public sealed record UnansweredFollowUp(string ParticipantId, string Rule, DateOnly DueOn)
{
    public DateOnly AskedOn { get; init; } = DueOn;
    public bool Reached { get; init; } = true;
}
