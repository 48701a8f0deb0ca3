using AmtzaHaderech.Integrations.FollowUps.Calendar;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

public sealed class JewishHolidaysTests
{
    private readonly JewishHolidays holidays = new();

    // Published Israeli dates (the day itself, not the evening it starts).
    public sealed record PublishedYear(int Year, string Pesach, string PesachSeventh, string Shavuot,
        string RoshHashana, string YomKippur, string Sukkot, string SheminiAtzeret);

    private static readonly PublishedYear[] Published =
    [
        new(2024, "04-23", "04-29", "06-12", "10-03", "10-12", "10-17", "10-24"),
        new(2025, "04-13", "04-19", "06-02", "09-23", "10-02", "10-07", "10-14"),
        new(2026, "04-02", "04-08", "05-22", "09-12", "09-21", "09-26", "10-03"),
        new(2027, "04-22", "04-28", "06-11", "10-02", "10-11", "10-16", "10-23"),
        new(2028, "04-11", "04-17", "05-31", "09-21", "09-30", "10-05", "10-12"),
        new(2029, "03-31", "04-06", "05-20", "09-10", "09-19", "09-24", "10-01"),
        new(2030, "04-18", "04-24", "06-07", "09-28", "10-07", "10-12", "10-19"),
    ];

    public static TheoryData<PublishedYear> PublishedYears() => [.. Published];

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void ForGregorianYear_PublishedYear_ReturnsPublishedDates(PublishedYear published)
    {
        var expected = Expected(published).Select(e => (e.Kind, e.Date)).Order();

        var actual = holidays.ForGregorianYear(published.Year).Select(h => (h.Kind, h.Date)).Order();

        Assert.Equal(expected, actual);
    }

    // The table above is typed by hand: check it against Gauss's formula, which shares no code
    // or method with HebrewCalendar.
    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void PublishedTable_EveryDate_AgreesWithGaussFormula(PublishedYear published)
    {
        var y = published.Year;
        Assert.Equal(GaussPesach.FirstDay(y), Day(y, published.Pesach));
        Assert.Equal(GaussPesach.SeventhDay(y), Day(y, published.PesachSeventh));
        Assert.Equal(GaussPesach.Shavuot(y), Day(y, published.Shavuot));
        Assert.Equal(GaussPesach.RoshHashana(y), Day(y, published.RoshHashana));
        Assert.Equal(GaussPesach.YomKippur(y), Day(y, published.YomKippur));
        Assert.Equal(GaussPesach.Sukkot(y), Day(y, published.Sukkot));
        Assert.Equal(GaussPesach.SheminiAtzeret(y), Day(y, published.SheminiAtzeret));
    }

    [Fact]
    public void ForGregorianYear_Years1900To2200_AgreeWithGaussFormula()
    {
        for (var y = 1900; y <= 2200; y++)
        {
            var byKind = holidays.ForGregorianYear(y).ToLookup(h => h.Kind, h => h.Date);
            Assert.Equal([GaussPesach.FirstDay(y)], byKind[HolidayKind.Pesach]);
            Assert.Equal([GaussPesach.SeventhDay(y)], byKind[HolidayKind.PesachSeventhDay]);
            Assert.Equal([GaussPesach.Shavuot(y)], byKind[HolidayKind.Shavuot]);
            Assert.Equal([GaussPesach.RoshHashana(y), GaussPesach.RoshHashana(y).AddDays(1)], byKind[HolidayKind.RoshHashana]);
            Assert.Equal([GaussPesach.YomKippur(y)], byKind[HolidayKind.YomKippur]);
            Assert.Equal([GaussPesach.Sukkot(y)], byKind[HolidayKind.Sukkot]);
            Assert.Equal([GaussPesach.SheminiAtzeret(y)], byKind[HolidayKind.SheminiAtzeret]);
        }
    }

    [Fact]
    public void ForGregorianYear_AnyYear_NamesEachDayInHebrew()
    {
        var names = holidays.ForGregorianYear(2025).ToDictionary(h => h.Date, h => h.HebrewName);

        Assert.Equal("פסח", names[new(2025, 4, 13)]);
        Assert.Equal("ראש השנה א'", names[new(2025, 9, 23)]);
        Assert.Equal("ראש השנה ב'", names[new(2025, 9, 24)]);
        Assert.Equal("יום כיפור", names[new(2025, 10, 2)]);
    }

    [Theory]
    [InlineData("2024-10-02", false)] // Rosh Hashana eve
    [InlineData("2024-10-03", true)]
    [InlineData("2024-10-04", true)]
    [InlineData("2024-10-05", false)] // a Saturday: Shabbat, not a holiday
    [InlineData("2024-10-11", false)] // Yom Kippur eve
    [InlineData("2024-10-12", true)]
    [InlineData("2025-05-01", false)] // Independence Day
    [InlineData("2025-04-30", false)] // Memorial Day comes from configuration, not from here
    public void IsHoliday_Date_MatchesCalendar(string date, bool expected) =>
        Assert.Equal(expected, holidays.IsHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2024-10-02", true)] // before Rosh Hashana's first day
    [InlineData("2024-10-03", false)] // the first day is a holiday, so it is no eve of the second
    [InlineData("2024-10-04", false)]
    [InlineData("2024-10-11", true)] // Friday before Yom Kippur on Shabbat
    [InlineData("2025-04-12", true)] // Saturday before Pesach on Sunday
    [InlineData("2025-04-13", false)]
    [InlineData("2025-04-18", true)] // before the seventh day
    [InlineData("2025-04-20", false)]
    public void IsHolidayEve_Date_IsTheDayBeforeAHolidayRun(string date, bool expected) =>
        Assert.Equal(expected, holidays.IsHolidayEve(DateOnly.Parse(date)));

    [Theory]
    [InlineData(JewishHolidays.MinYear - 1)]
    [InlineData(JewishHolidays.MaxYear + 1)]
    public void ForGregorianYear_OutsideHebrewCalendarRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => holidays.ForGregorianYear(year));

    private static DateOnly Day(int year, string monthDay) => DateOnly.Parse($"{year}-{monthDay}");

    private static IEnumerable<(HolidayKind Kind, DateOnly Date)> Expected(PublishedYear p)
    {
        var y = p.Year;
        yield return (HolidayKind.Pesach, Day(y, p.Pesach));
        yield return (HolidayKind.PesachSeventhDay, Day(y, p.PesachSeventh));
        yield return (HolidayKind.Shavuot, Day(y, p.Shavuot));
        yield return (HolidayKind.RoshHashana, Day(y, p.RoshHashana));
        yield return (HolidayKind.RoshHashana, Day(y, p.RoshHashana).AddDays(1));
        yield return (HolidayKind.YomKippur, Day(y, p.YomKippur));
        yield return (HolidayKind.Sukkot, Day(y, p.Sukkot));
        yield return (HolidayKind.SheminiAtzeret, Day(y, p.SheminiAtzeret));
    }
}
