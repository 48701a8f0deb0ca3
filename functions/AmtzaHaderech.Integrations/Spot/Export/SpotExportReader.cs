using System.Globalization;
using System.Runtime.CompilerServices;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spot.Mirror;
using CsvHelper;
using CsvHelper.Configuration;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// Streams SPOT export files (docs/spot.md, "The export files") row by row: UTF-8 with or without BOM,
/// comma, RFC 4180, header row. Each data row comes back parsed or quarantined; a file that
/// cannot be read at all throws SpotExportFileException (`encoding` for bytes that are no UTF-8
/// or a control character other than tab, CR and LF: TextDecoding's rules, as every channel).
/// `isKnownParticipant` quarantines episodes and activities of participants it does not know;
/// pass null to skip that check (the storage import checks against the store itself).
public static class SpotExportReader
{
    public static IAsyncEnumerable<SpotRow<SpotParticipant>> ReadParticipantsAsync(
        Stream stream, FileLimits? limits = null, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, SpotExportFiles.Participants, SpotExportFiles.ParticipantColumns,
            SpotRecordParsers.Participant, null, limits, cancellationToken);

    public static IAsyncEnumerable<SpotRow<SpotEpisode>> ReadEmploymentAsync(
        Stream stream, Func<string, bool>? isKnownParticipant = null, FileLimits? limits = null, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, SpotExportFiles.Employment, SpotExportFiles.EmploymentColumns,
            SpotRecordParsers.Episode, isKnownParticipant is null ? null : e => isKnownParticipant(e.ParticipantId),
            limits, cancellationToken);

    public static IAsyncEnumerable<SpotRow<SpotActivity>> ReadActivitiesAsync(
        Stream stream, Func<string, bool>? isKnownParticipant = null, FileLimits? limits = null, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, SpotExportFiles.Activities, SpotExportFiles.ActivityColumns,
            SpotRecordParsers.Activity, isKnownParticipant is null ? null : a => isKnownParticipant(a.ParticipantId),
            limits, cancellationToken);

    private static async IAsyncEnumerable<SpotRow<T>> ReadAsync<T>(
        Stream stream, string file, IReadOnlyList<string> columns, Func<SpotFieldReader, T> parse,
        Func<T, bool>? hasKnownParticipant, FileLimits? limits, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        // UTF-8 only, as docs/spot.md says (a UTF-8 BOM is skipped): a file in another encoding, or
        // holding a control character, fails on the character instead of importing garbage; a
        // line or field over the limits fails as `too_large`.
        limits ??= FileLimits.Default;
        using var text = TextDecoding.OpenReader(stream, TextDecoding.Utf8, leaveOpen: true, limits);
        using var parser = new CsvParser(text, Configuration(limits));

        if (!await ReadRecordAsync(parser, file, cancellationToken)) throw new SpotExportFileException(file, "empty");
        var fields = new SpotFieldReader(ColumnIndexes(parser.Record ?? [], columns, file));

        var row = 0;
        while (await ReadRecordAsync(parser, file, cancellationToken))
        {
            row++;
            fields.Start(parser.Record ?? []);
            var record = parse(fields);
            var reason = fields.Failure
                ?? (hasKnownParticipant is not null && !hasKnownParticipant(record) ? SpotQuarantineReasons.UnknownParticipant : null);
            yield return reason is null
                ? new SpotRow<T>(row, record, null)
                : new SpotRow<T>(row, null, new SpotQuarantine(file, row, reason));
        }
    }

    private static CsvConfiguration Configuration(FileLimits limits) => new(CultureInfo.InvariantCulture)
    {
        MaxFieldSize = limits.MaxFieldCharacters,
        Delimiter = ",",
        DetectDelimiter = false,
        HasHeaderRecord = true,
        Mode = CsvMode.RFC4180,
        IgnoreBlankLines = true,
        // A stray quote inside an unquoted field (Hebrew abbreviations such as ת"א) is literal text.
        BadDataFound = null,
    };

    private static async Task<bool> ReadRecordAsync(CsvParser parser, string file, CancellationToken cancellationToken)
    {
        // CsvHelper's parser takes no token: check between records.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await parser.ReadAsync();
        }
        catch (TextEncodingException)
        {
            throw new SpotExportFileException(file, "encoding");
        }
        catch (Exception e) when (FileTooLargeException.Is(e))
        {
            throw new SpotExportFileException(file, "too_large");
        }
    }

    private static Dictionary<string, int> ColumnIndexes(string[] header, IReadOnlyList<string> columns, string file)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++) byName.TryAdd(header[i].Trim(), i);
        var missing = columns.Where(c => !byName.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw new SpotExportFileException(file, "missing_column:" + string.Join(',', missing));
        return columns.ToDictionary(c => c, c => byName[c]);
    }

    /// Reads participants.csv, employment.csv and activities.csv from a folder, in that order;
    /// episodes and activities of participants not in participants.csv are quarantined.
    public static async Task<SpotSnapshot> ReadFolderAsync(string folder, FileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var quarantined = new List<SpotQuarantine>();

        var participants = new KeyedRows<SpotParticipant>(p => p.ParticipantId);
        await using (var stream = File.OpenRead(Path.Combine(folder, SpotExportFiles.Participants)))
            await Collect(ReadParticipantsAsync(stream, limits, cancellationToken), participants, quarantined, cancellationToken);

        var episodes = new KeyedRows<SpotEpisode>(e => e.EpisodeId);
        await using (var stream = File.OpenRead(Path.Combine(folder, SpotExportFiles.Employment)))
            await Collect(ReadEmploymentAsync(stream, participants.Contains, limits, cancellationToken), episodes, quarantined, cancellationToken);

        var activities = new KeyedRows<SpotActivity>(a => a.ActivityId);
        await using (var stream = File.OpenRead(Path.Combine(folder, SpotExportFiles.Activities)))
            await Collect(ReadActivitiesAsync(stream, participants.Contains, limits, cancellationToken), activities, quarantined, cancellationToken);

        return new SpotSnapshot(participants.Rows, episodes.Rows, activities.Rows) { Quarantined = quarantined };
    }

    private static async Task Collect<T>(IAsyncEnumerable<SpotRow<T>> rows, KeyedRows<T> into,
        List<SpotQuarantine> quarantined, CancellationToken cancellationToken) where T : class
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.IsQuarantined) quarantined.Add(row.Quarantine);
            else into.Put(row.Record);
        }
    }

    /// Rows in first-seen order, the last version of each key winning.
    private sealed class KeyedRows<T>(Func<T, string> keyOf)
    {
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private readonly List<T> _rows = [];

        public IReadOnlyList<T> Rows => _rows;

        public bool Contains(string key) => _positions.ContainsKey(key);

        public void Put(T row)
        {
            var key = keyOf(row);
            if (_positions.TryGetValue(key, out var position)) _rows[position] = row;
            else
            {
                _positions[key] = _rows.Count;
                _rows.Add(row);
            }
        }
    }
}
