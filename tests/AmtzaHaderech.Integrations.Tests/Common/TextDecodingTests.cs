using System.Text;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

public sealed class TextDecodingTests
{
    private const string Hebrew = "שם_פרטי,ישוב\r\nרונית,ת\"א\r\n";

    /// The bytes docs/employment-service.md lists as undefined in Windows-1255.
    private static readonly byte[] UndefinedInWindows1255 =
        [0x81, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xCA, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xFB, 0xFC, 0xFF];

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Task<string?> Detect(byte[] bytes, bool allowUtf16 = false, bool allowWindows1255 = true) =>
        TextDecoding.DetectAsync(() => new MemoryStream(bytes), allowUtf16, allowWindows1255);

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    [Fact]
    public async Task DetectAsync_Utf8WithoutBom_Utf8() =>
        Assert.Equal(TextDecoding.Utf8, await Detect(Utf8(Hebrew)));

    [Fact]
    public async Task DetectAsync_Utf8WithBom_Utf8() =>
        Assert.Equal(TextDecoding.Utf8, await Detect([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Hebrew)]));

    [Fact]
    public async Task DetectAsync_Windows1255_Windows1255() =>
        Assert.Equal(TextDecoding.Windows1255, await Detect(Encoding.GetEncoding(1255).GetBytes(Hebrew)));

    [Fact]
    public async Task DetectAsync_Windows1255NotAllowed_Null() =>
        Assert.Null(await Detect(Encoding.GetEncoding(1255).GetBytes(Hebrew), allowWindows1255: false));

    [Fact]
    public async Task DetectAsync_TabCrAndLf_Allowed() =>
        Assert.Equal(TextDecoding.Utf8, await Detect(Utf8("a\tb\r\nc\rd\n")));

    [Theory]
    [InlineData(0x00)] // NUL: valid UTF-8, but no text file holds it
    [InlineData(0x07)]
    [InlineData(0x0B)]
    [InlineData(0x0C)]
    [InlineData(0x1B)]
    [InlineData(0x7F)] // DEL: a control character too (Unicode category Cc)
    public async Task DetectAsync_ControlCharacter_Null(byte control) =>
        Assert.Null(await Detect([.. Utf8("a,b\r\n1,"), control, .. "2\r\n"u8]));

    [Theory]
    [InlineData('\u0080')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    public async Task DetectAsync_C1ControlInUtf8_Null(char control) =>
        Assert.Null(await Detect(Utf8($"a,b\r\n1,{control}2\r\n")));

    [Fact]
    public async Task DetectAsync_Windows1255StartingLikeUtf8C1Control_Windows1255()
    {
        // C2 85 is U+0085 in UTF-8 but "ֲ…" in Windows-1255: the Hebrew after it is no UTF-8.
        byte[] bytes = [.. "a,"u8, 0xC2, 0x85, .. Encoding.GetEncoding(1255).GetBytes(Hebrew)];

        Assert.Equal(TextDecoding.Windows1255, await Detect(bytes));
    }

    [Theory]
    [InlineData(0x81)]
    [InlineData(0x8A)]
    [InlineData(0x8C)]
    [InlineData(0x8D)]
    [InlineData(0x8E)]
    [InlineData(0x8F)]
    [InlineData(0x90)]
    [InlineData(0x9A)]
    [InlineData(0x9C)]
    [InlineData(0x9D)]
    [InlineData(0x9E)]
    [InlineData(0x9F)] // .NET decodes the ones up to here to C1 controls
    [InlineData(0xCA)] // .NET decodes this one to U+05BA, a point later Windows tables added
    [InlineData(0xD9)] // .NET decodes these to private-use characters
    [InlineData(0xDA)]
    [InlineData(0xDB)]
    [InlineData(0xDC)]
    [InlineData(0xDD)]
    [InlineData(0xDE)]
    [InlineData(0xDF)]
    [InlineData(0xFB)]
    [InlineData(0xFC)]
    [InlineData(0xFF)]
    public async Task DetectAsync_ByteUndefinedInWindows1255_Null(byte undefined)
    {
        var bytes = Encoding.GetEncoding(1255).GetBytes(Hebrew).Append(undefined).ToArray();
        Assert.Null(await Detect(bytes));
    }

    [Fact]
    public async Task DetectAsync_EveryByteWindows1255Defines_Windows1255()
    {
        var defined = Enumerable.Range(0x80, 0x80).Select(b => (byte)b).Except(UndefinedInWindows1255);
        byte[] bytes = [.. Encoding.GetEncoding(1255).GetBytes("a,"), .. defined, .. "\r\n"u8];

        Assert.Equal(TextDecoding.Windows1255, await Detect(bytes));
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task DetectAsync_NotText_NullWhateverIsAllowed(string kind)
    {
        var bytes = NotText.Bytes(kind, Hebrew + "דוד,כפר סבא\r\n");

        Assert.Null(await Detect(bytes));
        Assert.Null(await Detect(bytes, allowUtf16: true, allowWindows1255: false));
    }

    [Fact]
    public async Task DetectAsync_UndefinedByteTakenOut_Windows1255()
    {
        // The spoiled file is valid Windows-1255 but for the one byte: that byte is the reason.
        var bytes = NotText.WithUndefinedWindows1255Byte(Hebrew).ToList();
        bytes.Remove(NotText.Undefined);

        Assert.Equal(TextDecoding.Windows1255, await Detect([.. bytes]));
    }

    [Fact]
    public async Task DetectAsync_Utf8BomThenWindows1255_Null() =>
        // StreamReader's BOM detection would switch to a lenient UTF-8 and read U+FFFD instead.
        Assert.Null(await Detect([.. Encoding.UTF8.Preamble, .. Encoding.GetEncoding(1255).GetBytes(Hebrew)]));

    [Theory]
    [InlineData("a,b\r\n\uFEFF1,2\r\n")] // a BOM in the middle: two files glued together
    [InlineData("\uFEFFa,b\r\n1,2\r\n")] // after the BOM the reader skips: a second one
    public async Task DetectAsync_BomPastTheStart_Null(string text) =>
        Assert.Null(await Detect([.. Encoding.UTF8.Preamble, .. Utf8(text)]));

    [Fact]
    public async Task DetectAsync_Utf16WithBom_OnlyWhenAllowed()
    {
        byte[] bytes = [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Hebrew)];
        Assert.Null(await Detect(bytes));
        Assert.Equal(TextDecoding.Utf16, await Detect(bytes, allowUtf16: true));
    }

    [Fact]
    public async Task DetectAsync_Utf16BigEndianWithBom_Utf16ReadBack()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Hebrew)];

        Assert.Equal(TextDecoding.Utf16, await Detect(bytes, allowUtf16: true));
        using var reader = TextDecoding.OpenReader(new MemoryStream(bytes), TextDecoding.Utf16);
        Assert.Equal(Hebrew, await reader.ReadToEndAsync());
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x00 })] // a NUL
    [InlineData(new byte[] { 0x00, 0xD8 })] // half a surrogate pair
    [InlineData(new byte[] { 0x32 })] // an odd byte at the end
    public async Task DetectAsync_Utf16NotText_Null(byte[] spoiler)
    {
        byte[] bytes = [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("a,b\r\n1,"), .. spoiler];

        Assert.Null(await Detect(bytes, allowUtf16: true));
    }

    [Fact]
    public async Task OpenReader_Utf8WithBom_TextWithoutBom()
    {
        using var reader = TextDecoding.OpenReader(new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Hebrew)]), TextDecoding.Utf8);
        Assert.Equal(Hebrew, await reader.ReadToEndAsync());
    }

    [Fact]
    public void OpenReader_NulInText_ThrowsNamingTheCharacterNotTheText()
    {
        using var reader = TextDecoding.OpenReader(new MemoryStream(Utf8("שם\r\nרונית\0 לוי\r\n")), TextDecoding.Utf8);

        var error = Assert.Throws<TextEncodingException>(() => reader.ReadToEnd());

        Assert.Contains("U+0000", error.Message);
        Assert.DoesNotContain("רונית", error.Message);
    }

    [Fact]
    public void OpenReader_InvalidUtf8_ThrowsTextEncodingException()
    {
        using var reader = TextDecoding.OpenReader(new MemoryStream([.. "a,"u8, 0xE9, .. "\r\n"u8]), TextDecoding.Utf8);

        Assert.IsType<DecoderFallbackException>(Assert.Throws<TextEncodingException>(() => reader.ReadToEnd()).InnerException, exactMatch: false);
    }

    public static TheoryData<string> ReadMethods => ["Read", "ReadChars", "ReadSpan", "ReadBlock", "ReadLine", "ReadToEnd", "ReadAsync", "ReadLineAsync", "ReadToEndAsync"];

    [Theory]
    [MemberData(nameof(ReadMethods))]
    public async Task OpenReader_EveryWayOfReading_RefusesAControlCharacter(string method)
    {
        using var reader = TextDecoding.OpenReader(new MemoryStream(Utf8("a,b\r\n1,\u001B2\r\n")), TextDecoding.Utf8);
        var buffer = new char[64];

        async Task ReadAll()
        {
            switch (method)
            {
                case "Read": while (reader.Read() >= 0) { } break;
                case "ReadChars": while (reader.Read(buffer, 0, buffer.Length) > 0) { } break;
                case "ReadSpan": while (reader.Read(buffer.AsSpan()) > 0) { } break;
                case "ReadBlock": while (reader.ReadBlock(buffer, 0, buffer.Length) > 0) { } break;
                case "ReadLine": while (reader.ReadLine() is not null) { } break;
                case "ReadToEnd": reader.ReadToEnd(); break;
                case "ReadAsync": while (await reader.ReadAsync(buffer, 0, buffer.Length) > 0) { } break;
                case "ReadLineAsync": while (await reader.ReadLineAsync(CancellationToken.None) is not null) { } break;
                case "ReadToEndAsync": await reader.ReadToEndAsync(CancellationToken.None); break;
            }
        }

        await Assert.ThrowsAsync<TextEncodingException>(ReadAll);
    }
}
