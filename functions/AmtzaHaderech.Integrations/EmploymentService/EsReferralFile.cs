using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.EmploymentService;

/// What the first pass learned about a referral file: fit to import, or why not.
internal sealed record EsFileCheck(string? Encoding, string? QuarantineReason, int Rows);

/// Reads an Employment Service referral file in two streaming passes: the first checks the
/// encoding, the required columns and the trailer count (a truncated file is refused whole),
/// the second yields the rows. Memory does not grow with the file, and a line or field over the
/// FileLimits refuses the file whole (`too_large`) in the first pass.
internal static partial class EsReferralFile
{
    /// `limits`: FileLimits.Default unless given; a file over them is `too_large`.
    public static async Task<EsFileCheck> CheckAsync(InboundFile file, FileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0) return new EsFileCheck(null, "empty", 0);
        var encoding = await TextDecoding.DetectAsync(file.Open, cancellationToken: cancellationToken);
        if (encoding is null) return new EsFileCheck(null, "encoding", 0);
        try
        {
            return await CheckTextAsync(file, encoding, limits, cancellationToken);
        }
        catch (Exception e) when (FileTooLargeException.Is(e))
        {
            return new EsFileCheck(encoding, "too_large", 0);
        }
    }

    private static async Task<EsFileCheck> CheckTextAsync(InboundFile file, string encoding, FileLimits? limits, CancellationToken cancellationToken)
    {
        using var text = new TrailerHoldingReader(TextDecoding.OpenReader(file.Open(), encoding, limits: limits));
        using var csv = Csv.Reader(text, limits: limits);
        if (!await csv.ReadAsync()) return new EsFileCheck(encoding, TrailerCount(text.LastLine) is not null ? "empty" : "trailer", 0);
        csv.ReadHeader();
        var headers = csv.HeaderRecord!.Select(Csv.CleanHeader).ToHashSet();
        var missing = EsColumns.Required.Where(c => !headers.Contains(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0) return new EsFileCheck(encoding, "missing_column:" + string.Join(',', missing), 0);

        var rows = 0;
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
        }
        var trailer = TrailerCount(text.LastLine);
        return trailer == rows ? new EsFileCheck(encoding, null, rows) : new EsFileCheck(encoding, "trailer", 0);
    }

    /// The data rows, 1-based, as header -> value (every column kept, known or not).
    public static async IAsyncEnumerable<(int Row, IReadOnlyDictionary<string, string?> Values)> ReadRowsAsync(
        InboundFile file, string encoding, FileLimits? limits = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var text = new TrailerHoldingReader(TextDecoding.OpenReader(file.Open(), encoding, limits: limits));
        using var csv = Csv.Reader(text, limits: limits);
        await foreach (var row in Csv.RowsAsync(csv, cancellationToken: cancellationToken))
            yield return row;
    }

    /// The file's date from its name (`es-referrals_{code}_{yyyyMMdd}_{seq}.csv`), if it has one.
    public static DateOnly? DateFromName(string name) =>
        FileNameDate().Match(name) is { Success: true } m
        && DateOnly.TryParseExact(m.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// N of `#סה"כ,N` (either quote form, optionally CSV-quoted); null when the line is no trailer.
    public static int? TrailerCount(string? line)
    {
        var match = line is null ? null : TrailerPattern().Match(line.Trim());
        return match is { Success: true } && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"^""?#סה(?:""""|""|״)כ""?\s*,\s*""?(\d+)""?\s*,*$")]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"_(\d{8})(?:_\d+)?\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNameDate();
}
