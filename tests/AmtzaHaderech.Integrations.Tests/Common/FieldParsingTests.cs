using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class FieldParsingTests
{
    [Theory]
    [InlineData("23/11/2026", "2026-11-23")]
    [InlineData("3/1/2026", "2026-01-03")] // day first
    [InlineData("29/02/1960", "1960-02-29")]
    [InlineData(" 01.06.1996 ", "1996-06-01")]
    public void ParseDate_DayFirst_Date(string raw, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), FieldParsing.ParseDate(raw));

    [Theory]
    [InlineData("29/02/1961")] // not a leap year
    [InlineData("31/04/2026")]
    [InlineData("13/13/2026")]
    [InlineData("2026-11-23")]
    [InlineData("23/11/26")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseDate_NotADayFirstDate_Null(string? raw) =>
        Assert.Null(FieldParsing.ParseDate(raw));

    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 12 ", 12)]
    [InlineData("-3", null)]
    [InlineData("+3", null)]
    [InlineData("6.5", null)]
    [InlineData("1,000", null)]
    [InlineData("שש", null)]
    [InlineData("", null)]
    public void ParseCount_Text_WholeNumberOrNull(string raw, int? expected) =>
        Assert.Equal(expected, FieldParsing.ParseCount(raw));

    [Theory]
    [InlineData("מלאה", 100)]
    [InlineData(" חלקית ", 50)]
    [InlineData("75", 75)]
    [InlineData("75%", 75)]
    [InlineData("1", 1)]
    [InlineData("100", 100)]
    [InlineData("0", null)]
    [InlineData("101", null)]
    [InlineData("-50", null)]
    [InlineData("50.5", null)]
    [InlineData("גמישה", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ParseScope_Text_Percent(string? raw, int? expected) =>
        Assert.Equal(expected, FieldParsing.ParseScope(raw));

    [Theory]
    [InlineData("ז", "M")]
    [InlineData("נ", "F")]
    [InlineData(" נ ", "F")]
    [InlineData("x", null)]
    [InlineData("", null)]
    public void ParseGender_EmploymentServiceLetters_SpotCodes(string raw, string? expected) =>
        Assert.Equal(expected, FieldParsing.ParseGender(raw));
}
