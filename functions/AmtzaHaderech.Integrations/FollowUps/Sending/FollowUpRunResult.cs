using AmtzaHaderech.Integrations.FollowUps.Planning;

namespace AmtzaHaderech.Integrations.FollowUps.Sending;

/// What a run did (`amtza followups run --json`: `{"sent": [...items], "deferred": n}` and more).
/// `Sent`: the items whose first message went out, status `sent` and `sendAt` the moment;
/// `Deferred`: items due but not sent now (send time not reached, a quiet time, the person's
/// message of the day already sent, their channel not configured or failing); `HandedOver`: items
/// with no channel, given to the coordinator; `Unconfigured`: channels with due messages and no
/// provider here; `Completed`: false when a provider failed (the run is not counted as successful);
/// `Announced`: coordinators' tasks announced in Teams (or the local outbox) by this run.
public sealed record FollowUpRunResult(
    DateTimeOffset At,
    IReadOnlyList<FollowUpItem> Sent,
    int Deferred,
    int Reminders,
    int Escalated,
    int HandedOver,
    int Rejected,
    IReadOnlyList<string> Unconfigured,
    bool Completed)
{
    public int Announced { get; init; }
}
