using Azure;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// States of a handled follow-up. `sending`: claimed, the provider's answer not yet recorded
/// (after a crash, in doubt); `sent`: delivered to the provider; `coordinator`: no channel, the
/// coordinator has it as a task; `rejected`: the provider refused it for good (a task too).
internal static class SentStates
{
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Coordinator = "coordinator";
    public const string Rejected = "rejected";
}

/// One handled follow-up (row `item|{key}`). `SentOn` is the Israel date of the run that handled
/// it; `Reminders` how many reminders were sent (or claimed) since.
public sealed record SentItem
{
    public required string ParticipantId { get; init; }
    public required string Key { get; init; }
    public required string Rule { get; init; }
    public required DateOnly DueOn { get; init; }
    public int? Months { get; init; }
    public string? EpisodeId { get; init; }
    public required string Channel { get; init; }
    public required string State { get; init; }
    public required DateTimeOffset ClaimedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public required DateOnly SentOn { get; init; }
    public string? ProviderId { get; init; }
    public int Reminders { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    public ETag ETag { get; init; }
}

/// Work for the coordinator (row `task|{kind}|{key}`): someone to call, a case to close.
/// `Since`: the day the matter started (the unanswered check-in was sent, the answer given, the
/// item fell due); older rows that lack it give their due date.
public sealed record CoordinatorTask(string ParticipantId, string Kind, string Rule, DateOnly DueOn, string Key, DateTimeOffset CreatedAt, DateOnly Since);

public static class TaskKinds
{
    /// No answer after the reminders.
    public const string NoAnswer = "no_answer";
    /// The person answered that they are not working.
    public const string NotWorking = "not_working";
    /// The person asked for a call.
    public const string CallRequest = "call_request";
    /// No channel to reach the person (no number or address, no consent, unsubscribed).
    public const string NoChannel = "no_channel";
    /// The provider refused the message for good (a wrong number, say).
    public const string Undeliverable = "undeliverable";
    /// Six months in the first job: propose closing the case.
    public const string ExitCheck = "exit_check";
}
