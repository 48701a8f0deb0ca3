using AmtzaHaderech.Integrations.FollowUps.Calendar;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// On which day a session's sign-up list goes to the coordinators: the last working day before
/// it. Nothing is posted in Teams on Shabbat or a holiday (JewishHolidays), so Friday brings
/// Sunday's lists, and a holiday's eve those of the days up to the next working day. Pure.
internal static class SignUpListDays
{
    // Shabbat and the longest run of holidays beside it are three days; a week bounds any calendar.
    private const int MaxRestDays = 7;

    public static bool IsWorkingDay(DateOnly day, JewishHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return day.DayOfWeek != DayOfWeek.Saturday && !holidays.IsHoliday(day);
    }

    /// The days whose sessions' lists go out on `day`: none on a day of rest; else the next day
    /// and, while it is a day of rest, the days after it up to the next working day.
    public static IReadOnlyList<DateOnly> SessionDaysListedOn(DateOnly day, JewishHolidays holidays)
    {
        if (!IsWorkingDay(day, holidays)) return [];
        var days = new List<DateOnly>();
        for (var next = day.AddDays(1); days.Count < MaxRestDays; next = next.AddDays(1))
        {
            days.Add(next);
            if (IsWorkingDay(next, holidays)) break;
        }
        return days;
    }
}
