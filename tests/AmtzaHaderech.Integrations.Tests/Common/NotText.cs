using System.Text;

namespace AmtzaHaderech.Integrations.Tests.Common;

/// Files that are text in no allowed encoding (issue 13), made from a valid file's text: every
/// reader of text files refuses each of them as `encoding`, before importing anything. Shared
/// with the integration tests, which link this file.
public static class NotText
{
    public const string RandomBytes = "random_bytes";
    public const string NulInTheMiddle = "nul_in_the_middle";
    public const string UndefinedWindows1255Byte = "undefined_windows_1255_byte";

    /// Windows-1255 leaves 0x9A undefined; .NET decodes it to the C1 control U+009A.
    public const byte Undefined = 0x9A;

    private const string HebrewLetters = "אבגדהוזחטיכךלמםנןסעפףצץקרשת";

    static NotText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Kinds => [RandomBytes, NulInTheMiddle, UndefinedWindows1255Byte];

    /// The bad file of that kind: `validText` is what a good file would hold (with a Hebrew
    /// letter somewhere, to spoil).
    public static byte[] Bytes(string kind, string validText) => kind switch
    {
        RandomBytes => Random(),
        NulInTheMiddle => WithNulInTheMiddle(validText),
        UndefinedWindows1255Byte => WithUndefinedWindows1255Byte(validText),
        _ => throw new ArgumentException($"No such kind '{kind}'.", nameof(kind)),
    };

    /// 4,000 bytes from a fixed seed: the same file on every run.
    public static byte[] Random(int seed = 13)
    {
        var bytes = new byte[4000];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// UTF-8 with a NUL inside a Hebrew word past the middle of the text.
    public static byte[] WithNulInTheMiddle(string validText)
    {
        var at = HebrewLetterPastTheMiddle(validText) + 1;
        return Encoding.UTF8.GetBytes(validText.Insert(at, "\0"));
    }

    /// Windows-1255 with the undefined byte 0x9A inside a Hebrew word past the middle of the
    /// text; without it the bytes are valid Windows-1255.
    public static byte[] WithUndefinedWindows1255Byte(string validText)
    {
        var at = HebrewLetterPastTheMiddle(validText) + 1;
        var windows1255 = Encoding.GetEncoding(1255);
        return [.. windows1255.GetBytes(validText[..at]), Undefined, .. windows1255.GetBytes(validText[at..])];
    }

    private static int HebrewLetterPastTheMiddle(string text)
    {
        var at = text.IndexOfAny(HebrewLetters.ToCharArray(), text.Length / 2);
        if (at < 0) at = text.IndexOfAny(HebrewLetters.ToCharArray());
        return at >= 0 ? at : throw new ArgumentException("The text has no Hebrew letter to spoil.", nameof(text));
    }
}
