using AmtzaHaderech.Integrations.Configuration;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Storage;

/// The hub's storage account: the three service clients and the creation of every table,
/// container and queue, done once per process.
/// `Hub:StorageNamePrefix` (empty in Azure) lets tests and benchmarks share one emulator
/// without sharing state.
public sealed class HubStorage(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues, IOptions<HubOptions> options)
{
    private readonly string _prefix = options.Value.StorageNamePrefix;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _created;

    public TableClient Table(string name) => tables.GetTableClient(_prefix + name);

    public BlobContainerClient Container(string name) => blobs.GetBlobContainerClient(_prefix + name);

    public QueueClient Queue(string name) => queues.GetQueueClient(_prefix + name);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_created) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            var work = new List<Task>();
            work.AddRange(StorageNames.Tables.All.Select(t => IgnoreConflict(Table(t).CreateIfNotExistsAsync(cancellationToken))));
            work.AddRange(StorageNames.Containers.All.Select(c => IgnoreConflict(Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
            work.AddRange(StorageNames.Queues.All.SelectMany(q => new[] { q, q + PoisonQueueWatch.Suffix })
                .Select(q => IgnoreConflict(Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
            await Task.WhenAll(work);
            _created = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Two hosts creating the same resource at once is fine: whichever wins, it exists.
    private static async Task IgnoreConflict(Task task)
    {
        try { await task; }
        catch (RequestFailedException e) when (e.Status == 409) { }
    }
}
