using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// The no-message holidays of a Gregorian year, from the Hebrew calendar as kept in Israel.
/// Thread-safe; register as a singleton.
public sealed class JewishHolidays
{
    // HebrewCalendar's Gregorian span is 1583..2239; a Gregorian year needs two Hebrew years.
    public const int MinYear = 1583;
    public const int MaxYear = 2238;

    private const int Tishrei = 1;
    private readonly ConcurrentDictionary<int, YearHolidays> years = new();

    public IReadOnlyList<Holiday> ForGregorianYear(int year) => Year(year).Holidays;

    public bool IsHoliday(DateOnly date) => Year(date.Year).Dates.Contains(date);

    /// The day before a run of holidays, itself not a holiday: Rosh Hashana's second day has no
    /// eve of its own (its day before is the first day).
    public bool IsHolidayEve(DateOnly date) => !IsHoliday(date) && IsHoliday(date.AddDays(1));

    private YearHolidays Year(int year) => years.GetOrAdd(year, Compute);

    private static YearHolidays Compute(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        var hebrew = new HebrewCalendar();
        // Nisan and Sivan of Gregorian year Y fall in Hebrew year Y + 3760; Tishrei in Y + 3761.
        var spring = year + 3760;
        var autumn = year + 3761;
        // In a leap year HebrewCalendar numbers Adar I as 6 and Adar II as 7, which pushes Nisan to 8.
        var nisan = hebrew.IsLeapYear(spring) ? 8 : 7;
        var sivan = nisan + 2;

        Holiday Day(int hebrewYear, int month, int day, HolidayKind kind, string name) =>
            new(DateOnly.FromDateTime(hebrew.ToDateTime(hebrewYear, month, day, 0, 0, 0, 0)), kind, name);

        Holiday[] holidays =
        [
            Day(spring, nisan, 15, HolidayKind.Pesach, "פסח"),
            Day(spring, nisan, 21, HolidayKind.PesachSeventhDay, "שביעי של פסח"),
            Day(spring, sivan, 6, HolidayKind.Shavuot, "שבועות"),
            Day(autumn, Tishrei, 1, HolidayKind.RoshHashana, "ראש השנה א'"),
            Day(autumn, Tishrei, 2, HolidayKind.RoshHashana, "ראש השנה ב'"),
            Day(autumn, Tishrei, 10, HolidayKind.YomKippur, "יום כיפור"),
            Day(autumn, Tishrei, 15, HolidayKind.Sukkot, "סוכות"),
            Day(autumn, Tishrei, 22, HolidayKind.SheminiAtzeret, "שמיני עצרת ושמחת תורה"),
        ];
        return new YearHolidays(holidays, holidays.Select(h => h.Date).ToFrozenSet());
    }

    private sealed record YearHolidays(IReadOnlyList<Holiday> Holidays, FrozenSet<DateOnly> Dates);
}
