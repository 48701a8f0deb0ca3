using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.Sending;

/// One run's inputs and tallies.
public sealed class RunContext(DateTimeOffset now, bool quiet, FollowUpInputs inputs)
{
    private readonly HashSet<string> _down = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _unconfigured = new(StringComparer.Ordinal);

    public DateTimeOffset Now => now;
    public DateOnly Today { get; } = IsraelTime.DateOf(now);
    public bool Quiet => quiet;
    public SpotSnapshot Data => inputs.Data;
    public FollowUpLedger Ledger => inputs.Ledger;
    public PlannerState State => inputs.State;
    /// SPOT's participants, and the invited leads SPOT does not hold.
    public Dictionary<string, SpotParticipant> People { get; } = inputs.Data.Participants.Concat(inputs.Contacts)
        .DistinctBy(p => p.ParticipantId, StringComparer.Ordinal).ToDictionary(p => p.ParticipantId, StringComparer.Ordinal);

    /// Who a message to that participant goes to, with their language and gender; null when nobody is known by that id.
    public MessageRecipient? RecipientOf(string participantId)
    {
        if (!People.TryGetValue(participantId, out var person)) return null;
        var preferences = inputs.Preferences?.GetValueOrDefault(participantId);
        return new MessageRecipient(person, preferences?.Language, preferences?.Gender);
    }

    public List<FollowUpItem> Sent { get; } = [];
    public List<SentReminder> RemindersSent { get; } = [];
    public List<MessageSent> Messages { get; } = [];
    public List<CoordinatorTask> NewTasks { get; } = [];
    public int Deferred { get; set; }

    /// Notes a coordinator's task this run wrote (as the store's row has it).
    public void TaskWritten(string participantId, string kind, string rule, DateOnly dueOn, string key, DateOnly since) =>
        NewTasks.Add(new CoordinatorTask(participantId, kind, rule, dueOn, key, now, since));

    /// A channel that is configured and has not failed in this run.
    public IMessageChannel? Usable(MessageChannels channels, string name)
    {
        if (_down.Contains(name)) return null;
        var channel = channels.For(name);
        if (channel is null) _unconfigured.Add(name);
        return channel;
    }

    /// The provider failed: stop using it in this run, and do not count the run as successful,
    /// so the catch-up window stays open until it recovers.
    public void Down(string name) => _down.Add(name);

    public FollowUpRunResult Result() =>
        new(now, Sent, Deferred, RemindersSent, NewTasks, [.. _unconfigured], _down.Count == 0) { Messages = Messages };
}
