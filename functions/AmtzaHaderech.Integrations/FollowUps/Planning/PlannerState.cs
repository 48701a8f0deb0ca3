using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// What the scheduler remembers between runs. `PreviousRun` is the as-of date of the previous
/// successful run (null on a store with no run); `Sent` the keys of items sent; `QuarterlySent`
/// the date of the latest quarterly check-in sent per participant; `Unsubscribed` the people who
/// asked for no more messages (their items go to the coordinator); `NoSms` and `NoEmail` the
/// people who did not agree to that channel (the other one is tried).
public sealed record PlannerState
{
    public static readonly PlannerState Fresh = new();

    public DateOnly? PreviousRun { get; init; }
    public IReadOnlySet<string> Sent { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlyDictionary<string, DateOnly> QuarterlySent { get; init; } = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
    public IReadOnlySet<string> Unsubscribed { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlySet<string> NoSms { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlySet<string> NoEmail { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    /// Per participant, the day their latest workshop invitation was sent.
    public IReadOnlyDictionary<string, DateOnly> WorkshopInvitedOn { get; init; } = new Dictionary<string, DateOnly>(StringComparer.Ordinal);

    /// The state after a successful run at `asOf` that sent `sent`.
    public PlannerState After(DateOnly asOf, IEnumerable<FollowUpItem> sent)
    {
        var keys = new HashSet<string>(Sent, StringComparer.Ordinal);
        var quarterly = new Dictionary<string, DateOnly>(QuarterlySent, StringComparer.Ordinal);
        var workshops = new Dictionary<string, DateOnly>(WorkshopInvitedOn, StringComparer.Ordinal);
        foreach (var item in sent)
        {
            keys.Add(item.Key);
            if (item.Rule == FollowUpRules.Quarterly) quarterly[item.ParticipantId] = asOf;
            if (item.Rule == FollowUpRules.Workshop) workshops[item.ParticipantId] = asOf;
        }
        return this with { PreviousRun = asOf, Sent = keys, QuarterlySent = quarterly, WorkshopInvitedOn = workshops };
    }
}

/// An invitee of an exposure conference; answered invitations get no reminder. `Contact`: how to
/// reach an invitee the SPOT snapshot does not hold (a lead, under the hub's id), else null.
public sealed record ConferenceInvitation(string ParticipantId, DateOnly ConferenceOn, bool Answered, SpotParticipant? Contact = null);
