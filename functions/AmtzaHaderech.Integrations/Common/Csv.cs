using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;

namespace AmtzaHaderech.Integrations.Common;

/// CSV as the contracts define it: RFC 4180 plus one relaxation, a `"` inside a field that does
/// not start with `"` is a literal character (Hebrew abbreviations: ת"א, דוא"ל, סה"כ).
internal static class Csv
{
    /// `limits`: a field longer than their MaxFieldCharacters throws (FileTooLargeException.Is);
    /// FileLimits.Default unless given.
    public static CsvConfiguration Configuration(string delimiter = ",", FileLimits? limits = null) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter,
        MaxFieldSize = (limits ?? FileLimits.Default).MaxFieldCharacters,
        BadDataFound = null, // keeps the literal quote
        MissingFieldFound = null,
        HeaderValidated = null,
        DetectColumnCountChanges = false,
        IgnoreBlankLines = true,
        TrimOptions = TrimOptions.None,
    };

    public static CsvReader Reader(TextReader text, string delimiter = ",", FileLimits? limits = null) => new(text, Configuration(delimiter, limits));

    /// Header names as written, trimmed, without a stray BOM.
    public static string CleanHeader(string header) => header.Trim().Trim('\uFEFF').Trim();

    /// The data rows after the header line, 1-based, as header -> value: every column kept (a
    /// repeated header keeps its first column), a short row's missing cells null.
    public static async IAsyncEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> RowsAsync(
        CsvReader csv, IEqualityComparer<string>? headerComparer = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!await csv.ReadAsync()) yield break;
        csv.ReadHeader();
        var headers = csv.HeaderRecord!.Select(CleanHeader).ToArray();
        var row = 0;
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new Dictionary<string, string?>(headers.Length, headerComparer);
            for (var i = 0; i < headers.Length; i++)
                values.TryAdd(headers[i], csv.TryGetField<string>(i, out var value) ? value : null);
            yield return (++row, values);
        }
    }
}

/// Passes a text through line by line but holds back its last non-blank line, so a trailer
/// (`#סה"כ,N`) is recognized before CSV parsing and never read as data.
internal sealed class TrailerHoldingReader(TextReader inner) : TextReader
{
    private string? _held;
    private string _pending = "";
    private int _position;
    private bool _finished;

    /// The held-back last line, once everything else was read.
    public string? LastLine { get; private set; }

    public override int Peek() => Fill() ? _pending[_position] : -1;

    public override int Read() => Fill() ? _pending[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (!Fill()) return 0;
        var n = Math.Min(buffer.Length, _pending.Length - _position);
        _pending.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    private bool Fill()
    {
        if (_position < _pending.Length) return true;
        while (!_finished)
        {
            var line = inner.ReadLine();
            if (line is null)
            {
                _finished = true;
                LastLine = _held?.TrimEnd('\n');
                return false;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                // Blank lines before the held line's successor are kept in place; trailing ones vanish.
                if (_held is not null) _held += "\n";
                continue;
            }
            var previous = _held;
            _held = line;
            if (previous is not null)
            {
                _pending = previous + "\n";
                _position = 0;
                return true;
            }
        }
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
