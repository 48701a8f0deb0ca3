namespace AmtzaHaderech.Integrations.Spot.Export;

/// Reads the mirrored SPOT rows back as one snapshot, so the reports can run from the store as
/// they run from an export folder. Nothing is quarantined here: the import already did that.
public sealed class SpotStoreReader(SpotMirrorStore mirror)
{
    public async Task<SpotExportSnapshot> LoadSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var participants = ListAsync<SpotParticipant>(mirror.ParticipantsTable, cancellationToken);
        var episodes = ListAsync<SpotEpisode>(mirror.EpisodesTable, cancellationToken);
        var activities = ListAsync<SpotActivity>(mirror.ActivitiesTable, cancellationToken);
        return new SpotExportSnapshot(await participants, await episodes, await activities);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(Azure.Data.Tables.TableClient table, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await foreach (var row in mirror.AllAsync<T>(table, cancellationToken)) rows.Add(row);
        return rows;
    }
}
