using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// The workshop rules of docs/workshops.md, "Messages": the invitation to the center's sessions
/// of the next `WorkshopInviteDays`, the reminders of a booked session (`WorkshopReminderDays`
/// before it, only the latest one due), and the message of a seat offered from the waiting list.
/// Never windowed: a session to come is worth telling about however late the run.
internal sealed class WorkshopDueItems(DateOnly asOf, PlannerState state, FollowUpsOptions options)
{
    private readonly ILookup<string, WorkshopSession> _byCenter = WorkshopCalendar.Sessions(options).ToLookup(s => s.Center, StringComparer.Ordinal);

    /// An active participant not working at D is invited once the center has a session in the
    /// next days they were not told of: after their last invitation's horizon (the day it was
    /// sent plus WorkshopInviteDays). The item's due date is that session's day less the days.
    public DueItem? Invitation(string participantId, string? center)
    {
        if (center is null || !_byCenter.Contains(center)) return null;
        var horizon = state.WorkshopInvitedOn.TryGetValue(participantId, out var invited) ? invited.AddDays(options.WorkshopInviteDays) : asOf;
        var first = _byCenter[center].FirstOrDefault(s => s.Date > asOf && s.Date > horizon);
        if (first is null || first.Date > asOf.AddDays(options.WorkshopInviteDays)) return null;
        return new DueItem(participantId, FollowUpRules.Workshop, null, null, first.Date.AddDays(-options.WorkshopInviteDays), Expired: false);
    }

    /// Reminders of booked sessions and the messages of offered seats.
    public IEnumerable<DueItem> OfSignUps(IEnumerable<WorkshopSignUp> signUps)
    {
        var sessions = WorkshopCalendar.Sessions(options).ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var signUp in signUps)
        {
            if (!sessions.TryGetValue(signUp.SessionId, out var session) || session.Date <= asOf) continue;
            if (signUp.State == SignUpStates.Offered && signUp.OfferedAt is { } offeredAt && IsraelTime.DateOf(offeredAt) <= asOf)
                yield return new DueItem(signUp.ParticipantId, FollowUpRules.WorkshopOffer, null, session.Id, IsraelTime.DateOf(offeredAt), Expired: false);
            if (signUp.State != SignUpStates.Booked) continue;
            // One reminder: the latest due by D that came after the sign-up (who signed up two
            // days before gets the morning-before one only).
            var signedUp = IsraelTime.DateOf(signUp.SignedUpAt);
            var due = options.WorkshopReminderDaysOrDefaults().Select(d => session.Date.AddDays(-d)).Where(d => d <= asOf && d > signedUp)
                .Select(d => (DateOnly?)d).Max();
            if (due is { } on) yield return new DueItem(signUp.ParticipantId, FollowUpRules.WorkshopReminder, null, session.Id, on, Expired: false);
        }
    }

    public static bool IsWorkshopRule(string rule) =>
        rule is FollowUpRules.Workshop or FollowUpRules.WorkshopReminder or FollowUpRules.WorkshopOffer;
}
