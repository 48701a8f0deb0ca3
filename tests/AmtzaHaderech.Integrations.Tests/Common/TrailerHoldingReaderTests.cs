using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class TrailerHoldingReaderTests
{
    private static (string Passed, string? LastLine) Run(string text)
    {
        using var reader = new TrailerHoldingReader(new StringReader(text));
        var passed = reader.ReadToEnd();
        return (passed, reader.LastLine);
    }

    [Theory]
    [InlineData("h\nr1\nr2\n#T,2\n")]
    [InlineData("h\r\nr1\r\nr2\r\n#T,2\r\n")]
    [InlineData("h\nr1\nr2\n#T,2")] // no final line break
    [InlineData("h\nr1\nr2\n#T,2\n\n\r\n  \n")] // blank lines after the trailer
    public void ReadToEnd_LastLineHeldBack_OthersPassedThrough(string text)
    {
        var (passed, last) = Run(text);
        Assert.Equal("h\nr1\nr2\n", passed);
        Assert.Equal("#T,2", last);
    }

    [Fact]
    public void ReadToEnd_BlankLineBetweenRows_KeptInPlace()
    {
        // A blank line may be inside a quoted field: dropping it would change the field.
        var (passed, last) = Run("h\n\"a\n\nb\"\n#T,1\n");
        Assert.Equal("h\n\"a\n\nb\"\n", passed);
        Assert.Equal("#T,1", last);
    }

    [Fact]
    public void ReadToEnd_OneLine_NothingPassed() =>
        Assert.Equal(("", "#T,0"), Run("#T,0\n"));

    [Fact]
    public void ReadToEnd_Empty_NoLastLine() =>
        Assert.Equal(("", null), Run("\n\n"));

    [Fact]
    public void Read_SmallBuffer_SameTextAsReadToEnd()
    {
        using var reader = new TrailerHoldingReader(new StringReader("header\nrow one\nrow two\n#T,2\n"));
        var buffer = new char[3];
        var text = new System.Text.StringBuilder();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) text.Append(buffer, 0, n);
        Assert.Equal("header\nrow one\nrow two\n", text.ToString());
        Assert.Equal("#T,2", reader.LastLine);
    }
}
