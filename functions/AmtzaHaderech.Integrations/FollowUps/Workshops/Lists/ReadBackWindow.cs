using AmtzaHaderech.Integrations.FollowUps.Planning;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// Which sessions' marked lists the evening read-back reads: those of today (the list may be
/// marked during the session) and of the `WorkshopListReadDays` days before, so a coordinator who
/// marks it a few days late loses nothing. Never a session still to come. Pure.
internal static class ReadBackWindow
{
    public static IEnumerable<WorkshopSession> Sessions(FollowUpsOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(options);
        var from = today.AddDays(-options.WorkshopListReadDays);
        return WorkshopCalendar.Sessions(options).Where(s => s.Date >= from && s.Date <= today);
    }
}
