using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;

namespace AmtzaHaderech.Integrations.Tabular;

/// What the first pass learned about a sheet: fit to import (its encoding, null for xlsx, and
/// data rows), or why it is quarantined whole.
public sealed record SheetCheck(string? Encoding, string? QuarantineReason, int Rows);

/// Reads an export (a municipal list, an intake-form export) through its profile in two
/// streaming passes, like the Employment Service files: the first decides the encoding, finds
/// the header row, checks the required columns and counts the data rows; the second yields the
/// rows as header -> cell. Both passes read within the limits (FileLimits.Default unless given):
/// the first refuses a file over them (`too_large`), a workbook's package checked before it is parsed.
public sealed partial class ProfiledSheet(SheetProfile profile, FileLimits? limits = null)
{
    private readonly FileLimits _limits = limits ?? FileLimits.Default;

    private bool IsXlsx => profile.Format == ListFormats.Xlsx;

    public async Task<SheetCheck> CheckAsync(InboundFile file, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0) return new SheetCheck(null, "empty", 0);
        var encoding = IsXlsx ? null : await DetectEncodingAsync(file, cancellationToken);
        if (!IsXlsx && encoding is null) return new SheetCheck(null, "encoding", 0);
        if (IsXlsx)
        {
            await using var package = file.Open();
            if (XlsxPackageCheck.Check(package, _limits) is { } refused) return new SheetCheck(null, refused, 0);
        }
        try
        {
            IReadOnlyList<string>? headers = null;
            var rows = 0;
            await foreach (var row in FromHeaderRowAsync(file, encoding, cancellationToken))
            {
                if (headers is null)
                {
                    headers = [.. row.Cells.Select(c => c.Text)];
                    var missing = ListHeaders.Missing(profile, headers);
                    if (missing.Count > 0) return new SheetCheck(encoding, "missing_column:" + string.Join(',', missing), 0);
                }
                else rows++;
            }
            return rows == 0 ? new SheetCheck(encoding, "empty", 0) : new SheetCheck(encoding, null, rows);
        }
        catch (Exception e) when (FileTooLargeException.Is(e))
        {
            return new SheetCheck(encoding, "too_large", 0);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or XmlException or CsvHelperException or FormatException)
        {
            return new SheetCheck(encoding, "unreadable", 0);
        }
    }

    /// The data rows, numbered from 1 after the header (blank rows skipped, not counted), as the
    /// file's header -> cell, compared as ListHeaders says. A header's first column wins.
    public async IAsyncEnumerable<(int Row, IReadOnlyDictionary<string, ListCell> Cells)> ReadRowsAsync(
        InboundFile file, string? encoding, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string[]? headers = null;
        var number = 0;
        await foreach (var row in FromHeaderRowAsync(file, encoding, cancellationToken))
        {
            if (headers is null)
            {
                headers = [.. row.Cells.Select(c => ListHeaders.Clean(c.Text))];
                continue;
            }
            var cells = new Dictionary<string, ListCell>(headers.Length, ListHeaders.Comparer);
            for (var i = 0; i < headers.Length; i++)
                if (headers[i].Length > 0) cells.TryAdd(headers[i], i < row.Cells.Count ? row.Cells[i] : ListCell.Empty);
            yield return (++number, cells);
        }
    }

    /// The file's date from its name: `yyyy-MM` is the 1st of that month, `yyyy-MM-dd` that day.
    public static DateOnly? DateFromName(string name)
    {
        var match = FileNameDate().Matches(Path.GetFileNameWithoutExtension(name)).LastOrDefault();
        if (match is null) return null;
        var (year, month) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        var day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    // Non-blank rows from the header row on; the first one is the header.
    private IAsyncEnumerable<SheetRow> FromHeaderRowAsync(InboundFile file, string? encoding, CancellationToken cancellationToken)
    {
        var rows = IsXlsx
            ? XlsxRowsAsync(file, cancellationToken)
            : CsvSheetReader.RowsAsync(file, encoding!, profile.DelimiterText, _limits, cancellationToken);
        return rows.Where(r => r.Number >= profile.HeaderRow && !r.IsBlank);
    }

    private async IAsyncEnumerable<SheetRow> XlsxRowsAsync(InboundFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = file.Open();
        foreach (var row in XlsxSheetReader.Rows(stream, profile.Sheet, _limits))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    // `utf-8` allows UTF-8 only; `windows-1255` and `auto` detect: Hebrew in Windows-1255 is
    // practically never valid UTF-8, and ASCII is the same in both, so UTF-8 is tried first.
    private Task<string?> DetectEncodingAsync(InboundFile file, CancellationToken cancellationToken) =>
        TextDecoding.DetectAsync(file.Open, allowWindows1255: profile.Encoding != TextDecoding.Utf8, cancellationToken: cancellationToken);

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?!\d)")]
    private static partial Regex FileNameDate();
}
