using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Tests.Reports.Workbooks;

public class CellTextTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+972501234567", "'+972501234567")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("דנה כהן", "דנה כהן")]
    [InlineData("a=1", "a=1")]
    [InlineData(" =1", " =1")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralize_Text_PrefixesOnlyFormulaStarts(string? text, string expected) =>
        Assert.Equal(expected, CellText.Neutralize(text));

    [Theory]
    [InlineData("+972501234567", "050-1234567")]
    [InlineData("+972541234567", "054-1234567")]
    [InlineData("+97231234567", "'+97231234567")]
    [InlineData("+9725012345x7", "'+9725012345x7")]
    [InlineData("050-1234567", "050-1234567")]
    [InlineData(null, "")]
    public void Phone_Number_LocalFormOrNeutralized(string? phone, string expected) =>
        Assert.Equal(expected, CellText.Phone(phone));
}
