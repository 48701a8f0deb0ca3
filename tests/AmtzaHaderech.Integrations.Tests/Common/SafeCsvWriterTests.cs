using System.Text;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

/// The one CSV writer of the hub: text that a spreadsheet would take for a formula is written
/// as text (OWASP: a leading `'`), values the hub made or validated are written as they are.
public sealed class SafeCsvWriterTests
{
    private static string Write(Action<SafeCsvWriter> write)
    {
        using var text = new StringWriter();
        using (var csv = new SafeCsvWriter(text))
        {
            write(csv);
            csv.EndRow();
            csv.Flush();
        }
        return text.ToString();
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+972 evil", "'+972 evil")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=HYPERLINK(\"http://evil.example/x\",\"לחצו\")", "\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"לחצו\"\")\"")]
    [InlineData("כהן", "כהן")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_EveryDangerousFirstCharacter_WrittenAsText(string? value, string written) =>
        Assert.Equal(written + "\r\n", Write(csv => csv.Text(value)));

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@1+1")]
    [InlineData("\t1+1")]
    [InlineData("\r1+1")]
    public void Text_ReadBackAsCsv_NoValueStartsWithAFormulaCharacter(string value)
    {
        using var reader = Csv.Reader(new StringReader(Write(csv => csv.Text(value).Text("x"))));
        Assert.True(reader.Read());

        Assert.Equal(["'" + value, "x"], reader.Parser.Record!);
        Assert.False(SpreadsheetText.IsFormulaLike(reader.Parser.Record![0]));
    }

    [Fact]
    public void TypedValues_WrittenAsTheyAre() =>
        Assert.Equal("+972501234567,-1500.5,-3,01/02/2026,000000018\r\n",
            Write(csv => csv.Phone("+972501234567").Number(-1500.5m).Number(-3).Date(new DateOnly(2026, 2, 1), "dd/MM/yyyy").Digits("000000018")));

    [Theory]
    [InlineData("+1 212 555 0100", "'+1 212 555 0100")] // no Israeli number in E.164: text
    [InlineData("+972-50-1234567", "'+972-50-1234567")] // not as the hub stores it
    [InlineData("050-1234567", "050-1234567")]
    public void Phone_NotAValidatedE164_WrittenAsText(string phone, string written) =>
        Assert.Equal(written + "\r\n", Write(csv => csv.Phone(phone)));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/es\")")]
    [InlineData("12345678a")]
    [InlineData("-12345678")]
    [InlineData(" 123")]
    public void Digits_AnythingButDigits_Empty(string value) =>
        Assert.Equal("\r\n", Write(csv => csv.Digits(value)));

    [Fact]
    public void Write_TheHubsCsvRules_CrlfAndQuotesOnlyWhereNeeded() =>
        Assert.Equal("a,\"b,c\",\"ת\"\"א\"\r\n", Write(csv => csv.Texts(["a", "b,c", "ת\"א"])));
}
