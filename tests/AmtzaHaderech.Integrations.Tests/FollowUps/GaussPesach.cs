namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// A second source of truth for the holiday dates, independent of HebrewCalendar: Gauss's
/// formula for the first day of Pesach, and the fixed distances of the other days from it
/// (15 Nisan to 1 Tishrei is always 163 days: 16 + 29 + 30 + 29 + 30 + 29).
internal static class GaussPesach
{
    public static DateOnly FirstDay(int year)
    {
        var a = (12 * year + 12) % 19;
        var b = year % 4;
        var q = 20.0955877 + 1.5542418 * a + 0.25 * b - 0.003177794 * year;
        var m = (int)Math.Floor(q);
        var fraction = q - m;
        var c = (m + 3 * year + 5 * b + 1) % 7;
        if (c is 2 or 4 or 6) m += 1;
        else if (c == 1 && a > 6 && fraction >= 0.63287037) m += 2;
        else if (c == 0 && a > 11 && fraction >= 0.89772376) m += 1;
        // m is a March day in the Julian calendar; shift to the Gregorian one.
        var julianToGregorian = year / 100 - year / 400 - 2;
        return new DateOnly(year, 3, 1).AddDays(m - 1 + julianToGregorian);
    }

    public static DateOnly SeventhDay(int year) => FirstDay(year).AddDays(6);

    public static DateOnly Shavuot(int year) => FirstDay(year).AddDays(50);

    public static DateOnly RoshHashana(int year) => FirstDay(year).AddDays(163);

    public static DateOnly YomKippur(int year) => RoshHashana(year).AddDays(9);

    public static DateOnly Sukkot(int year) => RoshHashana(year).AddDays(14);

    public static DateOnly SheminiAtzeret(int year) => RoshHashana(year).AddDays(21);

    /// 27 Nisan, moved off Friday to Thursday and off Sunday to Monday.
    public static DateOnly YomHaShoah(int year)
    {
        var day = FirstDay(year).AddDays(12);
        return day.DayOfWeek switch
        {
            DayOfWeek.Friday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }

    /// The day before Independence Day: 5 Iyar, moved off Friday and Saturday to Thursday and off
    /// Monday to Tuesday.
    public static DateOnly YomHaZikaron(int year)
    {
        var fifthOfIyar = FirstDay(year).AddDays(20);
        var independence = fifthOfIyar.DayOfWeek switch
        {
            DayOfWeek.Friday => fifthOfIyar.AddDays(-1),
            DayOfWeek.Saturday => fifthOfIyar.AddDays(-2),
            DayOfWeek.Monday => fifthOfIyar.AddDays(1),
            _ => fifthOfIyar,
        };
        return independence.AddDays(-1);
    }
}
