using System.Text;

namespace AmtzaHaderech.Integrations.Common;

/// Decides a text file's encoding before anything reads it, so mojibake never reaches the
/// store (docs/employment-service.md, "Text files"): a UTF-16 BOM means UTF-16 (where the channel
/// allows it), a UTF-8 BOM means UTF-8, no BOM means strict UTF-8 else Windows-1255; then
/// whatever TextRules forbids means none. Detection and every later pass (OpenReader) decode
/// the same strict way, so each channel refuses the same files.
internal static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public const string Utf8 = "utf-8";
    public const string Windows1255 = "windows-1255";
    public const string Utf16 = "utf-16";

    /// The encoding's name, or null when the bytes are text in none of the allowed encodings.
    /// Reads the file whole (streaming) once or twice.
    public static async Task<string?> DetectAsync(Func<Stream> open, bool allowUtf16 = false, bool allowWindows1255 = true, CancellationToken cancellationToken = default)
    {
        var bom = await ByteOrderMarkAsync(open, cancellationToken);
        if (bom == Utf16) return allowUtf16 && await ProbeAsync(open, Utf16, cancellationToken) == Probe.Text ? Utf16 : null;
        var utf8 = await ProbeAsync(open, Utf8, cancellationToken);
        if (utf8 == Probe.Text) return Utf8;
        // Only bytes that are no UTF-8 may be Windows-1255 ("valid UTF-8 -> UTF-8"): valid UTF-8
        // holding a forbidden character is neither (C2 85, the C1 control NEL, would otherwise
        // read as "ֲ…"). And a UTF-8 BOM says what the file is: no UTF-8 after it is damage.
        return utf8 == Probe.NotThisEncoding && bom is null && allowWindows1255
            && await ProbeAsync(open, Windows1255, cancellationToken) == Probe.Text ? Windows1255 : null;
    }

    /// A strict reader in the named encoding: it skips one leading BOM of that encoding and
    /// throws TextEncodingException at the first byte the encoding does not define or character
    /// TextRules forbids, and FileTooLargeException at the first line longer than the limits
    /// allow (FileLimits.Default unless given). Never switches encoding on a BOM, as
    /// StreamReader's detection does (its UTF-8 then replaces bad bytes with U+FFFD instead of failing).
    public static TextReader OpenReader(Stream stream, string encoding, bool leaveOpen = false, FileLimits? limits = null)
    {
        var reader = OpenStrictReader(stream, encoding, leaveOpen);
        return new CheckedTextReader(reader, encoding, TextRules.ForbiddenIn(encoding), (limits ?? FileLimits.Default).MaxLineCharacters);
    }

    // Throws DecoderFallbackException on bytes the encoding does not define; characters unchecked.
    private static StreamReader OpenStrictReader(Stream stream, string encoding, bool leaveOpen)
    {
        try
        {
            var decoding = encoding switch
            {
                // The preamble makes StreamReader skip a leading BOM; it never writes one.
                Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
                Utf16 => Utf16AfterBom(stream),
                Windows1255 => Encoding.GetEncoding(1255, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
                _ => throw new ArgumentException($"Unknown encoding '{encoding}'.", nameof(encoding)),
            };
            return new StreamReader(stream, decoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen);
        }
        catch
        {
            if (!leaveOpen) stream.Dispose();
            throw;
        }
    }

    private static async Task<string?> ByteOrderMarkAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        await using var stream = open();
        var bytes = new byte[3];
        var read = await stream.ReadAtLeastAsync(bytes, 3, throwOnEndOfStream: false, cancellationToken);
        return bytes.AsSpan(0, read) switch
        {
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => Utf16,
            [0xEF, 0xBB, 0xBF] => Utf8,
            _ => null,
        };
    }

    private enum Probe { Text, NotThisEncoding, ForbiddenCharacter }

    private static async Task<Probe> ProbeAsync(Func<Stream> open, string encoding, CancellationToken cancellationToken)
    {
        var forbidden = TextRules.ForbiddenIn(encoding);
        var holdsForbidden = false;
        try
        {
            using var reader = OpenStrictReader(open(), encoding, leaveOpen: false);
            var buffer = new char[32 * 1024];
            int read;
            while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                holdsForbidden |= buffer.AsSpan(0, read).ContainsAny(forbidden);
                // Whether bytes are UTF-8 takes the whole file; the other answers are final here.
                if (holdsForbidden && encoding != Utf8) break;
            }
        }
        catch (DecoderFallbackException)
        {
            return Probe.NotThisEncoding;
        }
        catch (TextEncodingException) // UTF-16 without its BOM
        {
            return Probe.NotThisEncoding;
        }
        return holdsForbidden ? Probe.ForbiddenCharacter : Probe.Text;
    }

    // UTF-16's byte order is only known from its BOM, which is consumed here so that a second
    // BOM (U+FEFF) later is a forbidden character. A synchronous read of two bytes: the file
    // streams are synchronous to open already.
    private static UnicodeEncoding Utf16AfterBom(Stream stream)
    {
        Span<byte> bom = stackalloc byte[2];
        return stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false) == 2 && bom is [0xFF, 0xFE] or [0xFE, 0xFF]
            ? new UnicodeEncoding(bigEndian: bom[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true)
            : throw new TextEncodingException("UTF-16 text without its byte order mark.");
    }
}
