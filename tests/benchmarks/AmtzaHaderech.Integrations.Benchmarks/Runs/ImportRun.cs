using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// One timed run: rows, what it cost, and the outcome counts.
public sealed record RunResult(int Rows, Measured Cost, IReadOnlyDictionary<string, int> Counts)
{
    public double RowsPerSecond => Rows / Cost.Elapsed.TotalSeconds;
    public double TableCallsPerRow => (double)Cost.TableCalls / Rows;
}

/// The measured run: the hub's own importer streams the file (keepRecords: false, as the blob
/// trigger does) into empty storage, with its rows decided as the hub is set up (BenchHost).
public static class ImportRun
{
    public const string StoredParticipants = "participants stored";

    public static async Task<RunResult> RunAsync(BenchHost hub, string path, int rows, string label, CancellationToken cancellationToken = default)
    {
        var importer = hub.Get<EmploymentServiceImporter>();
        var meter = RunMeter.Start(hub, rows, label);
        var result = await importer.ImportAsync(InboundFile.FromPath(path), meter, keepRecords: false, cancellationToken);
        var cost = await meter.StopAsync();

        if (result.Status != FileStatuses.Imported || result.Rows != rows)
            throw new InvalidOperationException($"The import did not go through: status {result.Status}, reason {result.Reason}, rows {result.Rows} of {rows}.");
        var counts = result.Counts.Where(c => c.Value > 0).ToDictionary();
        counts[StoredParticipants] = await CountParticipantsAsync(hub.Storage, cancellationToken);
        return new RunResult(rows, cost, counts);
    }

    // What a user would see: one stored person per accepted row, none for the others. The
    // person's partition also holds their SPOT outbox rows: count only the person rows.
    private static async Task<int> CountParticipantsAsync(HubStorage storage, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in storage.Table(StorageNames.Tables.Participants)
                           .QueryAsync<TableEntity>(ParticipantStore.EveryPerson, select: ["RowKey"], cancellationToken: cancellationToken))
            count++;
        return count;
    }
}
