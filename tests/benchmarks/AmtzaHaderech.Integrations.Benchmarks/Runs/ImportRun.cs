using System.Diagnostics;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// One timed run: rows, wall time, Table calls made, memory, and the outcome counts.
public sealed record RunResult(int Rows, TimeSpan Elapsed, long TableCalls, MemoryUse Memory, IReadOnlyDictionary<string, int> Counts)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}

/// The measured run: the hub's own importer streams the file (keepRecords: false, as the blob
/// trigger does) into empty storage.
public static class ImportRun
{
    public const string StoredParticipants = "participants stored";

    public static async Task<RunResult> RunAsync(BenchHost hub, string path, int rows, CancellationToken cancellationToken = default)
    {
        var importer = hub.Get<EmploymentServiceImporter>();
        hub.Counter.Reset();
        var probe = new MemoryProbe(rows);
        var clock = Stopwatch.StartNew();
        var result = await importer.ImportAsync(InboundFile.FromPath(path), probe, keepRecords: false, cancellationToken);
        clock.Stop();
        var calls = hub.Counter.Calls;
        var memory = await probe.StopAsync();
        await probe.DisposeAsync();

        if (result.Status != FileStatuses.Imported || result.Rows != rows)
            throw new InvalidOperationException($"The import did not go through: status {result.Status}, reason {result.Reason}, rows {result.Rows} of {rows}.");
        var counts = result.Counts.Where(c => c.Value > 0).ToDictionary();
        counts[StoredParticipants] = await CountParticipantsAsync(hub.Storage, cancellationToken);
        return new RunResult(rows, clock.Elapsed, calls, memory, counts);
    }

    // What a user would see: one stored person per accepted row, none for the others.
    private static async Task<int> CountParticipantsAsync(HubStorage storage, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in storage.Table(StorageNames.Tables.Participants)
                           .QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: cancellationToken))
            count++;
        return count;
    }
}
