using System.Text;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Tests.Common;

/// The reader every text file goes through (TextDecoding.OpenReader): lines as StreamReader
/// reads them, and none longer than the limit, however it is read.
public sealed class CheckedTextReaderTests
{
    private static readonly FileLimits Limits = FileLimits.Default with { MaxLineCharacters = 1024 };

    private static TextReader Open(string text, FileLimits? limits = null) =>
        TextDecoding.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), TextDecoding.Utf8, limits: limits ?? Limits);

    public static TheoryData<string> Texts =>
    [
        "a\r\nb\nc\rd", "a\r\n\r\n\nb\r\n", "\n", "", "שם,טלפון\r\nרונית,050\r\n",
        // Line ends across the reader's 16K buffer: a CR as its last character, the LF after it.
        new string('x', 16 * 1024 - 1) + "\r\n" + "tail", string.Join("\r\n", Enumerable.Repeat(new string('y', 1000), 40)),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task ReadLine_AnyLineEnds_TheLinesStreamReaderReads(string text)
    {
        var expected = Lines(new StringReader(text));

        Assert.Equal(expected, Lines(Open(text, FileLimits.Default)));
        Assert.Equal(expected, await LinesAsync(Open(text, FileLimits.Default)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadPeekAndBlocks_Mixed_TheWholeTextInOrder(string text)
    {
        using var reader = Open(text, FileLimits.Default);
        var read = new StringBuilder();
        var buffer = new char[700];
        for (var i = 0; reader.Peek() >= 0; i++)
        {
            if (i % 3 == 0) read.Append((char)reader.Read());
            else if (i % 3 == 1) read.Append(buffer, 0, reader.Read(buffer, 0, buffer.Length));
            else if (reader.ReadLine() is { } line) read.Append(line).Append('\n');
        }

        Assert.Equal(Normalized(text), Normalized(read.ToString()));
    }

    [Fact]
    public void ReadLine_LineOfExactlyTheLimit_Read() =>
        Assert.Equal(1024, Open(new string('a', 1024) + "\r\nb").ReadLine()!.Length);

    [Theory]
    [MemberData(nameof(TextDecodingTests.ReadMethods), MemberType = typeof(TextDecodingTests))]
    public async Task OpenReader_EveryWayOfReading_RefusesALineOverTheLimitNamingNoText(string method)
    {
        using var reader = Open("שם,הערות\r\nרונית," + new string('n', 1024) + "\r\n");
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
                case "ReadAsync": while (await reader.ReadAsync(buffer.AsMemory()) > 0) { } break;
                case "ReadLineAsync": while (await reader.ReadLineAsync() is not null) { } break;
                case "ReadToEndAsync": await reader.ReadToEndAsync(); break;
            }
        }

        var error = await Assert.ThrowsAsync<FileTooLargeException>(ReadAll);
        Assert.Contains("1024", error.Message);
        Assert.DoesNotContain("רונית", error.Message);
    }

    private static List<string> Lines(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    private static async Task<List<string>> LinesAsync(TextReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line) lines.Add(line);
        return lines;
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n');
}
