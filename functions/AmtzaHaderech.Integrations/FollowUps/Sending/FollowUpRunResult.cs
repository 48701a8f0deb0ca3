using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;

namespace AmtzaHaderech.Integrations.FollowUps.Sending;

/// What a run did (`amtza followups run --json`: `{"sent": [...items], "deferred": n}` and more).
/// `Sent`: the items whose first message went out, status `sent` and `sendAt` the moment;
/// `Deferred`: items due but not sent now (send time not reached, a quiet time, the person's
/// message of the day already sent, their channel not configured or failing); `RemindersSent`:
/// the reminders of unanswered check-ins that went out; `NewTasks`: the coordinators' tasks the
/// run wrote (`no_answer` escalations, `no_channel` and `exit_check` hand-overs, `undeliverable`
/// messages the provider refused); `Unconfigured`: channels with due messages and no provider
/// here; `Completed`: false when a provider failed (the run is not counted as successful);
/// `Announced`: coordinators' tasks announced in Teams (or the local outbox) by this run, in
/// `Cards` (one per coordinator).
public sealed record FollowUpRunResult(
    DateTimeOffset At,
    IReadOnlyList<FollowUpItem> Sent,
    int Deferred,
    IReadOnlyList<SentReminder> RemindersSent,
    IReadOnlyList<CoordinatorTask> NewTasks,
    IReadOnlyList<string> Unconfigured,
    bool Completed)
{
    public int Announced { get; init; }

    public IReadOnlyList<PostedCard> Cards { get; init; } = [];

    /// Every message to a person this run sent (first ones and reminders), with its language and,
    /// for an SMS, the parts it took: what `followups run` and the demo count.
    public IReadOnlyList<MessageSent> Messages { get; init; } = [];

    public int Reminders => RemindersSent.Count;
    public int Escalated => NewTasks.Count(t => t.Kind == TaskKinds.NoAnswer);
    /// Items with no channel, given to the coordinator (`no_channel`, or the exit check's `exit_check`).
    public int HandedOver => NewTasks.Count(t => t.Kind is TaskKinds.NoChannel or TaskKinds.ExitCheck);
    public int Rejected => NewTasks.Count(t => t.Kind == TaskKinds.Undeliverable);
}

/// A reminder a run sent: of the check-in `Key` (its `Rule`), its `Number` (1, 2, ...) and the
/// channel it went on (the person's as of the run, which may differ from the check-in's).
public sealed record SentReminder(string ParticipantId, string Key, string Rule, int Number, string Channel);

/// A message a run sent: whose, its provider reference, rule, channel and language, and its
/// length as an SMS (parts and characters; zero parts for an e-mail).
public sealed record MessageSent(string ParticipantId, string Reference, string Rule, string Channel, string Language, int Segments, int Characters)
{
    public static MessageSent Of(string participantId, string rule, OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sms = message.Channel == FollowUpChannels.Sms ? message.Sms : null;
        return new(participantId, message.Reference, rule, message.Channel, message.Language?.Code ?? Localization.Language.HebrewCode,
            sms?.Segments ?? 0, sms?.Units ?? message.Text.Length);
    }
}
