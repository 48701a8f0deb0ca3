using System.Text;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class TextDecodingTests
{
    private const string Hebrew = "שם_פרטי,ישוב\r\nרונית,ת\"א\r\n";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Task<string?> Detect(byte[] bytes, bool allowUtf16 = false, bool allowWindows1255 = true) =>
        TextDecoding.DetectAsync(() => new MemoryStream(bytes), allowUtf16, allowWindows1255);

    [Fact]
    public async Task DetectAsync_Utf8WithoutBom_Utf8() =>
        Assert.Equal(TextDecoding.Utf8, await Detect(new UTF8Encoding(false).GetBytes(Hebrew)));

    [Fact]
    public async Task DetectAsync_Utf8WithBom_Utf8() =>
        Assert.Equal(TextDecoding.Utf8, await Detect([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Hebrew)]));

    [Fact]
    public async Task DetectAsync_Windows1255_Windows1255() =>
        Assert.Equal(TextDecoding.Windows1255, await Detect(Encoding.GetEncoding(1255).GetBytes(Hebrew)));

    [Fact]
    public async Task DetectAsync_Windows1255NotAllowed_Null() =>
        Assert.Null(await Detect(Encoding.GetEncoding(1255).GetBytes(Hebrew), allowWindows1255: false));

    [Theory]
    [InlineData(0x00)] // NUL: valid UTF-8, but no text file holds it
    [InlineData(0x07)]
    [InlineData(0x1B)]
    public async Task DetectAsync_ControlCharacter_Null(byte control) =>
        Assert.Null(await Detect([.. Encoding.UTF8.GetBytes("a,b\r\n1,"), control, .. "2\r\n"u8]));

    [Theory]
    [InlineData(0x81)] // undefined in Windows-1255; .NET maps these to C1 controls
    [InlineData(0x9F)]
    [InlineData(0xD9)] // undefined; .NET maps these to private-use characters
    [InlineData(0xDF)]
    [InlineData(0xFB)]
    [InlineData(0xFF)]
    public async Task DetectAsync_ByteUndefinedInWindows1255_Null(byte undefined)
    {
        var bytes = Encoding.GetEncoding(1255).GetBytes(Hebrew).Append(undefined).ToArray();
        Assert.Null(await Detect(bytes));
    }

    [Fact]
    public async Task DetectAsync_Utf16WithBom_OnlyWhenAllowed()
    {
        byte[] bytes = [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Hebrew)];
        Assert.Null(await Detect(bytes));
        Assert.Equal(TextDecoding.Utf16, await Detect(bytes, allowUtf16: true));
    }

    [Fact]
    public async Task OpenReader_Utf8WithBom_TextWithoutBom()
    {
        using var reader = TextDecoding.OpenReader(new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Hebrew)]), TextDecoding.Utf8);
        Assert.Equal(Hebrew, await reader.ReadToEndAsync());
    }
}
