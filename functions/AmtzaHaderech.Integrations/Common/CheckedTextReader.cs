using System.Buffers;
using System.Globalization;
using System.Text;

namespace AmtzaHaderech.Integrations.Common;

/// Hands a strict StreamReader's text on and checks every character once, as it comes into its
/// buffer, so that no reader of a file (a first pass, a CSV parser) sees a character TextRules
/// forbids (TextEncodingException, as for a byte the encoding does not define) or a line longer
/// than the limit (FileTooLargeException). Lines are read through the same buffer, so a line is
/// never held whole before it is known to be within the limit.
internal sealed class CheckedTextReader(StreamReader inner, string encoding, SearchValues<char> forbidden, int maxLineCharacters) : TextReader
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _start;
    private int _end;
    private long _position; // characters taken from the inner reader before the buffer's start, for messages
    private int _lineLength; // characters since the last line end, up to the buffer's end

    public override int Peek() => Available() || Fill() ? _buffer[_start] : -1;

    public override int Read() => Available() || Fill() ? _buffer[_start++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (!Available() && !Fill()) return 0;
        return Take(buffer);
    }

    // TextReader's own version reads synchronously on the thread pool: keep it asynchronous.
    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (!Available() && !await FillAsync(cancellationToken)) return 0;
        return Take(buffer.Span);
    }

    public override string? ReadLine()
    {
        StringBuilder? line = null;
        while (Available() || Fill())
            if (TakeLine(ref line) is { } complete) return complete;
        return line?.ToString();
    }

    public override Task<string?> ReadLineAsync() => ReadLineAsync(CancellationToken.None).AsTask();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        StringBuilder? line = null;
        while (Available() || await FillAsync(cancellationToken))
            if (TakeLine(ref line) is { } complete) return complete;
        return line?.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private bool Available() => _start < _end;

    private int Take(Span<char> into)
    {
        var n = Math.Min(into.Length, _end - _start);
        _buffer.AsSpan(_start, n).CopyTo(into);
        _start += n;
        return n;
    }

    // The buffered text up to a line end (CR, LF or CRLF, as StreamReader reads lines), or null
    // when the buffer ends first: what it held is then in `line`.
    private string? TakeLine(ref StringBuilder? line)
    {
        var text = _buffer.AsSpan(_start, _end - _start);
        var at = text.IndexOfAny('\r', '\n');
        if (at < 0)
        {
            (line ??= new StringBuilder()).Append(text);
            _start = _end;
            return null;
        }
        var complete = line is null ? new string(text[..at]) : line.Append(text[..at]).ToString();
        _start += at + 1;
        // A CR that ends the buffer: its LF, if any, is in the next one (read synchronously even on
        // the asynchronous path; it happens once per 16K characters at most).
        if (text[at] == '\r' && (Available() || Fill()) && _buffer[_start] == '\n') _start++;
        return complete;
    }

    private bool Fill()
    {
        try
        {
            return Accept(inner.Read(_buffer, 0, _buffer.Length));
        }
        catch (DecoderFallbackException e)
        {
            throw Undefined(e);
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        try
        {
            return Accept(await inner.ReadAsync(_buffer.AsMemory(), cancellationToken));
        }
        catch (DecoderFallbackException e)
        {
            throw Undefined(e);
        }
    }

    private bool Accept(int read)
    {
        _position += _end;
        _start = 0;
        _end = read;
        Check(_buffer.AsSpan(0, read));
        return read > 0;
    }

    private void Check(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(forbidden);
        if (at >= 0)
        {
            var code = ((int)text[at]).ToString("X4", CultureInfo.InvariantCulture);
            throw new TextEncodingException($"U+{code} near character {_position + at} of {encoding} text: no allowed text holds it.");
        }
        for (var rest = text; ;)
        {
            var end = rest.IndexOfAny('\r', '\n');
            _lineLength += end < 0 ? rest.Length : end;
            if (_lineLength > maxLineCharacters)
                throw new FileTooLargeException(string.Create(CultureInfo.InvariantCulture,
                    $"A line longer than {maxLineCharacters} characters near character {_position + text.Length - rest.Length} of the text."));
            if (end < 0) return;
            _lineLength = 0;
            rest = rest[(end + 1)..];
        }
    }

    private TextEncodingException Undefined(DecoderFallbackException e) =>
        new($"Bytes undefined in {encoding} near character {_position + _end}.", e);
}
