using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace AmtzaHaderech.Integrations.Storage;

/// The hub's storage account: the three service clients and the creation of every table,
/// container and queue, done once per process.
public sealed class HubStorage(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _created;

    public TableClient Table(string name) => tables.GetTableClient(name);

    public BlobContainerClient Container(string name) => blobs.GetBlobContainerClient(name);

    public QueueClient Queue(string name) => queues.GetQueueClient(name);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_created) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            var work = new List<Task>();
            work.AddRange(StorageNames.Tables.All.Select(t => IgnoreConflict(tables.GetTableClient(t).CreateIfNotExistsAsync(cancellationToken))));
            work.AddRange(StorageNames.Containers.All.Select(c => IgnoreConflict(blobs.GetBlobContainerClient(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
            work.AddRange(StorageNames.Queues.All.SelectMany(q => new[] { q, q + "-poison" })
                .Select(q => IgnoreConflict(queues.GetQueueClient(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
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
