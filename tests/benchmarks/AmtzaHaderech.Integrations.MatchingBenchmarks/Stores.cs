using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations.MatchingBenchmarks;

/// One store of `size` generated people under a storage prefix of its own, in a shared Azurite:
/// the hub's real services over it, and the generation done once (a marker row says so).
public sealed class Store(IHost host, int size) : IDisposable
{
    private const string MarkerPartition = "benchmark-marker";
    private const string MarkerRow = "generated";
    // Bumped when the hub's row layout changes, so a kept store of the old layout is written again.
    private const int Layout = 2;
    private const int Parallelism = 32;

    public int Size { get; } = size;
    public IServiceProvider Services => host.Services;

    public static Store Open(string connectionString, int size, string prefix)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageNames.Connection] = connectionString,
            ["Hub:IdentityKeySecret"] = "matching-benchmark-identity-key-0123456789abcdef",
            ["Hub:StorageNamePrefix"] = prefix,
        });
        builder.AddIntegrationsHub();
        return new Store(builder.Build(), size);
    }

    /// Writes the people unless the marker says an earlier run did. Each person is a partition of
    /// its own (as is each identity key), so rows cannot share a transaction batch: they go as
    /// parallel upserts, which Azurite takes about as fast.
    public async Task<bool> EnsureGeneratedAsync(Action<string> log, CancellationToken cancellationToken = default)
    {
        var storage = Services.GetRequiredService<HubStorage>();
        await storage.EnsureCreatedAsync(cancellationToken);
        var participants = storage.Table(StorageNames.Tables.Participants);
        var marker = await participants.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken);
        if (marker.HasValue && marker.Value!.GetInt32("Size") == Size && marker.Value.GetInt32("Layout") == Layout) return false;

        var identity = storage.Table(StorageNames.Tables.Identity);
        var keys = Services.GetRequiredService<IdentityKeys>();
        var createdAt = DateTimeOffset.UtcNow;
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, Size), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (n, token) =>
            {
                var person = People.Stored(n, createdAt);
                await participants.UpsertEntityAsync(ParticipantStore.ToEntity(person), TableUpdateMode.Replace, token);
                // Generated people share no national ID, phone or e-mail: one person per key.
                foreach (var key in keys.AllFor(person.NationalId, person.Phones, person.Emails))
                    await identity.UpsertEntityAsync(IdentityIndex.ToEntity(key, [person.Id]), TableUpdateMode.Replace, token);
                if (Interlocked.Increment(ref done) % 10_000 == 0) log($"  {done:N0} of {Size:N0} people written");
            });
        await participants.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow) { ["Size"] = Size, ["Layout"] = Layout }, TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    /// The number of this run against the store, counted in the marker row, so each run's new
    /// people and idempotency keys are ones no earlier run against a kept store used.
    public async Task<long> NextRunAsync(CancellationToken cancellationToken = default)
    {
        var participants = Services.GetRequiredService<HubStorage>().Table(StorageNames.Tables.Participants);
        var marker = (await participants.GetEntityAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken)).Value;
        var run = (marker.GetInt64("Runs") ?? 0) + 1;
        marker["Runs"] = run;
        await participants.UpdateEntityAsync(marker, marker.ETag, TableUpdateMode.Merge, cancellationToken);
        return run;
    }

    public void Dispose() => host.Dispose();
}
