using System.Buffers;
using System.Globalization;
using System.Text;

namespace AmtzaHaderech.Integrations.Common;

/// Hands a strict StreamReader's text on and checks every character on the way, so that no
/// reader of a file (a first pass, a CSV parser) sees a character TextRules forbids: it throws
/// TextEncodingException instead, as it does for a byte the encoding does not define.
internal sealed class CheckedTextReader(StreamReader inner, string encoding, SearchValues<char> forbidden) : TextReader
{
    private long _position; // characters handed on so far, for the message

    public override int Peek()
    {
        var c = Decoding(inner.Peek);
        if (c >= 0) Check([(char)c]);
        return c;
    }

    public override int Read()
    {
        var c = Decoding(inner.Read);
        if (c >= 0) Pass([(char)c]);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (DecoderFallbackException e)
        {
            throw Undefined(e);
        }
        Pass(buffer[..read]);
        return read;
    }

    // TextReader's own version reads synchronously on the thread pool: keep it asynchronous.
    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (DecoderFallbackException e)
        {
            throw Undefined(e);
        }
        Pass(buffer.Span[..read]);
        return read;
    }

    public override string? ReadLine() => PassLine(Decoding(inner.ReadLine));

    public override Task<string?> ReadLineAsync() => ReadLineAsync(CancellationToken.None).AsTask();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return PassLine(await inner.ReadLineAsync(cancellationToken));
        }
        catch (DecoderFallbackException e)
        {
            throw Undefined(e);
        }
    }

    public override string ReadToEnd()
    {
        var text = Decoding(inner.ReadToEnd);
        Pass(text);
        return text;
    }

    public override Task<string> ReadToEndAsync() => ReadToEndAsync(CancellationToken.None);

    public override async Task<string> ReadToEndAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await inner.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException e)
        {
            throw Undefined(e);
        }
        Pass(text);
        return text;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private T Decoding<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException e)
        {
            throw Undefined(e);
        }
    }

    private string? PassLine(string? line)
    {
        if (line is null) return null;
        Pass(line);
        _position++; // the line end ReadLine swallowed (CRLF counts one: the position is a guide only)
        return line;
    }

    private void Pass(ReadOnlySpan<char> text)
    {
        Check(text);
        _position += text.Length;
    }

    private void Check(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(forbidden);
        if (at < 0) return;
        var code = ((int)text[at]).ToString("X4", CultureInfo.InvariantCulture);
        throw new TextEncodingException($"U+{code} near character {_position + at} of {encoding} text: no allowed text holds it.");
    }

    private TextEncodingException Undefined(DecoderFallbackException e) =>
        new($"Bytes undefined in {encoding} near character {_position}.", e);
}
