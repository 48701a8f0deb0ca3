using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Spot.Export;

/// A whole SPOT export in memory: what the pure report path computes from.
/// Rows are keyed by their ids as in the store: a later row with the same id replaces an earlier one.
public sealed record SpotExportSnapshot(
    IReadOnlyList<SpotParticipant> Participants,
    IReadOnlyList<SpotEpisode> Episodes,
    IReadOnlyList<SpotActivity> Activities)
{
    public IReadOnlyList<SpotQuarantine> Quarantined { get; init; } = [];

    /// Reads participants.csv, employment.csv and activities.csv from a folder, in that order;
    /// episodes and activities of participants not in participants.csv are quarantined.
    public static async Task<SpotExportSnapshot> LoadFolderAsync(string folder, FileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var quarantined = new List<SpotQuarantine>();

        var participants = new KeyedRows<SpotParticipant>(p => p.ParticipantId);
        await using (var stream = File.OpenRead(Path.Combine(folder, SpotExportFiles.Participants)))
            await Collect(SpotExportReader.ReadParticipantsAsync(stream, limits, cancellationToken), participants, quarantined, cancellationToken);

        var episodes = new KeyedRows<SpotEpisode>(e => e.EpisodeId);
        await using (var stream = File.OpenRead(Path.Combine(folder, SpotExportFiles.Employment)))
            await Collect(SpotExportReader.ReadEmploymentAsync(stream, participants.Contains, limits, cancellationToken), episodes, quarantined, cancellationToken);

        var activities = new KeyedRows<SpotActivity>(a => a.ActivityId);
        await using (var stream = File.OpenRead(Path.Combine(folder, SpotExportFiles.Activities)))
            await Collect(SpotExportReader.ReadActivitiesAsync(stream, participants.Contains, limits, cancellationToken), activities, quarantined, cancellationToken);

        return new SpotExportSnapshot(participants.Rows, episodes.Rows, activities.Rows) { Quarantined = quarantined };
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
