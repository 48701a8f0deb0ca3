using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.Tests.Reports.Delivery;

public sealed class ReportScheduleTests
{
    [Theory]
    // 22:30 UTC on 30 November is already 1 December in Israel (UTC+2): November just ended.
    [InlineData("2018-11-30T22:30:00Z", 2018, 11)]
    // 21:30 UTC on 30 November is 23:30 there: still November, so October is the last month.
    [InlineData("2018-11-30T21:30:00Z", 2018, 10)]
    // Summer time (UTC+3), and January's previous month is last year's December.
    [InlineData("2019-07-01T03:00:00Z", 2019, 6)]
    [InlineData("2019-01-01T03:00:00Z", 2018, 12)]
    public void PreviousMonth_UtcInstant_IsTheMonthThatEndedInIsrael(string utc, int year, int month)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new ReportMonth(year, month), ReportSchedule.PreviousMonth(clock));
    }

    [Fact]
    public void FileNames_SamePeriod_AreTheSame()
    {
        Assert.Equal("program-report-2018-10-31.xlsx", ReportSchedule.ProgramFileName(new DateOnly(2018, 10, 31)));
        Assert.Equal("coordinators-tlv-2018-10.xlsx", ReportSchedule.CoordinatorsFileName("tlv", new ReportMonth(2018, 10)));
        Assert.Equal("coordinators-none-2018-10.xlsx", ReportSchedule.CoordinatorsFileName("", new ReportMonth(2018, 10)));
    }

    [Fact]
    public void HebrewName_October2018_IsHebrew()
    {
        Assert.Equal("אוקטובר 2018", new ReportMonth(2018, 10).HebrewName);
    }
}
