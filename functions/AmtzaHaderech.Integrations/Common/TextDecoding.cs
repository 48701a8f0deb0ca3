using System.Globalization;
using System.Text;

namespace AmtzaHaderech.Integrations.Common;

/// Decides a text file's encoding before anything reads it, so mojibake never reaches the
/// store: BOMs first, then strict UTF-8, then strict Windows-1255. Undefined bytes or control
/// characters other than tab, CR and LF mean the file is in no allowed encoding.
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public const string Utf8 = "utf-8";
    public const string Windows1255 = "windows-1255";
    public const string Utf16 = "utf-16";

    public static Encoding EncodingFor(string name) => name switch
    {
        Utf8 => new UTF8Encoding(false, true),
        Utf16 => new UnicodeEncoding(false, true, true),
        Windows1255 => Encoding.GetEncoding(1255, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => throw new ArgumentException($"Unknown encoding '{name}'.", nameof(name)),
    };

    /// The encoding's name, or null when the bytes are text in none of the allowed encodings.
    public static async Task<string?> DetectAsync(Func<Stream> open, bool allowUtf16 = false, bool allowWindows1255 = true, CancellationToken cancellationToken = default)
    {
        await using (var probe = open())
        {
            var bom = new byte[3];
            var read = await probe.ReadAtLeastAsync(bom, 3, false, cancellationToken);
            if (read >= 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
                return allowUtf16 && await IsCleanAsync(open, new UnicodeEncoding(bom[0] == 0xFE, true, true), cancellationToken) ? Utf16 : null;
        }
        if (await IsCleanAsync(open, EncodingFor(Utf8), cancellationToken)) return Utf8;
        if (allowWindows1255 && await IsCleanAsync(open, EncodingFor(Windows1255), cancellationToken)) return Windows1255;
        return null;
    }

    /// A reader that skips the BOM of the named encoding.
    public static StreamReader OpenReader(Stream stream, string encoding) =>
        new(stream, EncodingFor(encoding), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);

    private static async Task<bool> IsCleanAsync(Func<Stream> open, Encoding encoding, CancellationToken cancellationToken)
    {
        await using var stream = open();
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var buffer = new char[32 * 1024];
        try
        {
            // .NET decodes the bytes Windows-1255 leaves undefined (D9-DF, FB, FC, FF) to private-use
            // characters instead of failing, so those count as undefined here.
            var codePage = encoding.CodePage == 1255;
            int count;
            while ((count = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
                if (HasForbiddenCharacter(buffer.AsSpan(0, count), codePage)) return false;
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool HasForbiddenCharacter(ReadOnlySpan<char> text, bool rejectPrivateUse)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) return true;
            if (rejectPrivateUse && char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse) return true;
        }
        return false;
    }
}
