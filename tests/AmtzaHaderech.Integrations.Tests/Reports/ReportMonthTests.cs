using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Reports;

public sealed class ReportMonthTests
{
    [Theory]
    [InlineData("2018-10", "2018-10-01", "2018-10-31")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("2019-02", "2019-02-01", "2019-02-28")]
    public void TryParse_ValidMonth_GivesItsFirstAndLastDay(string text, string first, string last)
    {
        Assert.True(ReportMonth.TryParse(text, out var month));

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last), text), (month.FirstDay, month.LastDay, month.ToString()));
    }

    [Theory]
    [InlineData("2018-13")]
    [InlineData("2018-1")]
    [InlineData("10/2018")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_InvalidText_ReturnsFalse(string? text) => Assert.False(ReportMonth.TryParse(text, out _));
}
