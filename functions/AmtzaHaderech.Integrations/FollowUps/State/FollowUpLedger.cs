using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// The `followups` table as read at the start of a run.
public sealed class FollowUpLedger
{
    public DateOnly? PreviousRun { get; init; }
    public IReadOnlyList<SentItem> Items { get; init; } = [];
    /// Purposes answered, as `participant` + newline + purpose key.
    public IReadOnlySet<string> Used { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlySet<string> Unsubscribed { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlyList<ConferenceInvitation> Invitations { get; init; } = [];

    public bool IsAnswered(string participantId, LinkToken purpose) => Used.Contains(UsedKey(participantId, purpose.PurposeKey));

    public bool IsAnswered(SentItem item, char page) =>
        Used.Contains(UsedKey(item.ParticipantId, new LinkToken(page, item.ParticipantId, item.Rule, item.DueOn, default).PurposeKey));

    internal static string UsedKey(string participantId, string purposeKey) => participantId + "\n" + purposeKey;

    /// The planner's view: every handled key (whatever its state: an item is handled once), the
    /// latest quarterly check-in per person, and who may not be messaged on which channel.
    public PlannerState ToPlannerState(ConsentBook consents)
    {
        var quarterly = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var item in Items.Where(i => i.Rule == FollowUpRules.Quarterly))
        {
            if (!quarterly.TryGetValue(item.ParticipantId, out var known) || item.SentOn > known) quarterly[item.ParticipantId] = item.SentOn;
        }
        var workshops = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var item in Items.Where(i => i.Rule == FollowUpRules.Workshop))
            if (!workshops.TryGetValue(item.ParticipantId, out var known) || item.SentOn > known) workshops[item.ParticipantId] = item.SentOn;
        var unsubscribed = new HashSet<string>(Unsubscribed, StringComparer.Ordinal);
        unsubscribed.UnionWith(consents.Unsubscribed);
        return new PlannerState
        {
            PreviousRun = PreviousRun,
            Sent = Items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal),
            QuarterlySent = quarterly,
            WorkshopInvitedOn = workshops,
            Unsubscribed = unsubscribed,
            NoSms = consents.NoSms,
            NoEmail = consents.NoEmail,
        };
    }
}
