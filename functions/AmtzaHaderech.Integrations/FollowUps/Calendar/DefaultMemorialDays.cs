namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// Israel's official Holocaust Remembrance Day and Memorial Day, 2024-2035, as shipped defaults.
/// They are a list, not a computation, because the government moves them by rule and could move
/// them by decision. The rules the list follows (extend it with them):
/// Yom HaShoah is 27 Nisan, on Thursday 26 Nisan when the 27th is a Friday and on Monday 28 Nisan
/// when it is a Sunday; Yom HaZikaron is the day before Independence Day (5 Iyar, moved to
/// Thursday 4 or 3 Iyar when the 5th is a Friday or Saturday, to Tuesday 6 Iyar when a Monday).
internal static class DefaultMemorialDays
{
    public static IReadOnlyList<DateOnly> All { get; } =
    [
        // Yom HaShoah,                Yom HaZikaron
        new(2024, 5, 6), new(2024, 5, 13),
        new(2025, 4, 24), new(2025, 4, 30),
        new(2026, 4, 14), new(2026, 4, 21),
        new(2027, 5, 4), new(2027, 5, 11),
        new(2028, 4, 24), new(2028, 5, 1),
        new(2029, 4, 12), new(2029, 4, 18),
        new(2030, 4, 30), new(2030, 5, 7),
        new(2031, 4, 21), new(2031, 4, 28),
        new(2032, 4, 8), new(2032, 4, 14),
        new(2033, 4, 26), new(2033, 5, 3),
        new(2034, 4, 17), new(2034, 4, 24),
        new(2035, 5, 7), new(2035, 5, 14),
    ];
}
