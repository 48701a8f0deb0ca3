using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// What is due at a date (docs/follow-ups.md): pure, from a SPOT snapshot and the scheduler's state.
/// Thread-safe; register as a singleton.
public sealed class FollowUpPlanner(QuietTimes quietTimes, IOptions<FollowUpsOptions> options)
{
    /// The plan at `asOf`: items to send (`due`, `deferred`, `no_channel`); with `includeAll`
    /// also those already `sent` and those `expired`. Ordered by due date, participant, rule.
    public FollowUpPlan Plan(
        SpotSnapshot data, DateOnly asOf, PlannerState state,
        IEnumerable<ConferenceInvitation>? invitations = null, bool includeAll = false, IEnumerable<WorkshopSignUp>? workshopSignUps = null)
    {
        var participants = new Dictionary<string, SpotParticipant>(StringComparer.Ordinal);
        foreach (var participant in data.Participants) participants[participant.ParticipantId] = participant;
        var invited = invitations?.ToList() ?? [];
        // Leads invited to a conference are reached through the hub's record of them.
        foreach (var invitation in invited)
            if (invitation.Contact is { } contact) participants.TryAdd(invitation.ParticipantId, contact);

        var sendTime = quietTimes.SendTimeFor(asOf);
        DateTimeOffset? deferredTo = sendTime == quietTimes.NominalSendTime(asOf) ? null : sendTime;

        var items = new List<FollowUpItem>();
        foreach (var due in new DueItems(data, asOf, state, options.Value).All(invited, workshopSignUps))
        {
            var channel = ContactChannel.For(participants.GetValueOrDefault(due.ParticipantId), due.Rule, state);
            // Nobody calls a person to tell them of a workshop: without a channel there is no item.
            if (channel == FollowUpChannels.None && WorkshopDueItems.IsWorkshopRule(due.Rule)) continue;
            var item = new FollowUpItem(due.ParticipantId, due.Rule, due.Months, due.EpisodeId, due.DueOn, channel, "", null);
            var sent = state.Sent.Contains(item.Key);
            item = item with
            {
                Status = sent ? FollowUpStatuses.Sent
                    : due.Expired ? FollowUpStatuses.Expired
                    : channel == FollowUpChannels.None ? FollowUpStatuses.NoChannel
                    : deferredTo is null ? FollowUpStatuses.Due
                    : FollowUpStatuses.Deferred,
            };
            if (item.Status == FollowUpStatuses.Deferred) item = item with { SendAt = deferredTo };
            if (includeAll || item.Status is not (FollowUpStatuses.Sent or FollowUpStatuses.Expired)) items.Add(item);
        }
        items.Sort(Compare);
        return new FollowUpPlan(asOf, items);
    }

    // The plan's order, then episode and k so that equal keys never depend on input order.
    private static int Compare(FollowUpItem a, FollowUpItem b)
    {
        var byDate = a.DueOn.CompareTo(b.DueOn);
        if (byDate != 0) return byDate;
        var byParticipant = string.CompareOrdinal(a.ParticipantId, b.ParticipantId);
        if (byParticipant != 0) return byParticipant;
        var byRule = string.CompareOrdinal(a.Rule, b.Rule);
        if (byRule != 0) return byRule;
        var byEpisode = string.CompareOrdinal(a.EpisodeId, b.EpisodeId);
        return byEpisode != 0 ? byEpisode : Nullable.Compare(a.Months, b.Months);
    }
}
