namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// The SPOT data in the store (what `import spot-export` and the pull mirrored) with where it
/// came from. `IsEmpty`: nothing was ever loaded, and no report can be made of it.
public sealed record SpotStoreData(SpotSnapshot Data, SpotMirrorStatus Status)
{
    public const string EmptyReason =
        "The store holds no SPOT data yet: load it with `amtza import spot-export <folder>` or `amtza spot pull`.";

    public bool IsEmpty => Data.Participants.Count == 0;

    /// For the scheduled reports: an empty store is a failure to report, never an empty report.
    public SpotStoreData Required() => IsEmpty ? throw new SpotStoreEmptyException() : this;
}

/// A report asked of a store that holds no SPOT data: the job fails (and alerts) instead.
public sealed class SpotStoreEmptyException() : InvalidOperationException(SpotStoreData.EmptyReason);

/// Reads the mirrored SPOT rows back as one snapshot: the one source every report, plan and
/// follow-up run reads. From the mirror's copy when it is of the current version (one blob),
/// else from the tables, and then the copy is made again for the next reader. Nothing is
/// quarantined here: the import already did that.
public sealed class SpotStoreReader(SpotMirrorStore mirror, SpotMirrorChanges changes, SpotMirrorCopy copy)
{
    public async Task<SpotSnapshot> LoadSnapshotAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Data;

    public async Task<SpotStoreData> LoadAsync(CancellationToken cancellationToken = default)
    {
        var status = await changes.GetAsync(cancellationToken);
        if (status.Settled && await copy.LoadAsync(status.Version, cancellationToken) is { } copied)
            return new SpotStoreData(copied, status);

        var data = await ReadTablesAsync(cancellationToken);
        // The copy is made only if no write began or ended while the tables were read.
        if (status.Settled && await changes.GetAsync(cancellationToken) == status)
            await copy.SaveAsync(status.Version, data, cancellationToken);
        return new SpotStoreData(data, status);
    }

    private async Task<SpotSnapshot> ReadTablesAsync(CancellationToken cancellationToken)
    {
        var participants = ListAsync<SpotParticipant>(mirror.ParticipantsTable, cancellationToken);
        var episodes = ListAsync<SpotEpisode>(mirror.EpisodesTable, cancellationToken);
        var activities = ListAsync<SpotActivity>(mirror.ActivitiesTable, cancellationToken);
        return new SpotSnapshot(await participants, await episodes, await activities);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(Azure.Data.Tables.TableClient table, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await foreach (var row in mirror.AllAsync<T>(table, cancellationToken)) rows.Add(row);
        return rows;
    }
}
