using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class ExcelDateTests
{
    [Theory]
    [InlineData(1, "1900-01-01")]
    [InlineData(59, "1900-02-28")]
    [InlineData(61, "1900-03-01")] // 60 is Lotus's 29 February 1900
    [InlineData(22135, "1960-08-07")]
    [InlineData(22135.99, "1960-08-07")] // the time of day is dropped
    [InlineData(46357, "2026-12-01")]
    public void FromSerial_1900System_Date(double serial, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), ExcelDate.FromSerial(serial));
    }

    [Theory]
    [InlineData(0, "1904-01-01")]
    [InlineData(20673, "1960-08-07")] // 1462 days fewer than in the 1900 system
    public void FromSerial_1904System_Date(double serial, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), ExcelDate.FromSerial(serial, date1904: true));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(60)]
    [InlineData(2958466)]
    [InlineData(double.NaN)]
    public void FromSerial_NoDate_Null(double serial)
    {
        Assert.Null(ExcelDate.FromSerial(serial));
    }
}
