using System.Text;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Functions.EmploymentService;
using AmtzaHaderech.Integrations.Functions.Referrals;
using AmtzaHaderech.Integrations.IntegrationTests.Concurrency;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Rows;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// A large file in the Functions app: the blob trigger checks it and queues its chunks on
/// `referrals`; ImportReferralChunk (invoked here as the host would, one message at a time, in any
/// order, a message twice as a retry) decides them; the file's summary appears once, when the
/// last chunk is done.
[Collection(StorageCollection.Name)]
public sealed class ChunkedImportFunctionsTests(AzuriteFixture azurite)
{
    private const string FileName = "es-referrals_4521_20261123_01.csv";
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task ImportReferralChunk_ChunksInAnyOrderOneTwice_SameAsOneImportAndSummaryOnceAtTheEnd()
    {
        // 250 rows: people 1-200, then 50 of them again under other referral numbers.
        var builder = new EsFileBuilder();
        foreach (var row in Enumerable.Range(1, 200).Select(n => OverlappingFiles.Person(n, 700_000))
                     .Concat(Enumerable.Range(1, 50).Select(n => OverlappingFiles.Person(n * 4, 710_000))))
            builder.Add(row);
        var content = builder.Build();

        StoreSnapshot whole;
        await using (var hub = await TestHub.StartAsync(azurite, Today))
        {
            var result = await hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile(FileName, content.Length, () => new MemoryStream(content)));
            Assert.Equal((200, 50), (result.Counts[Outcomes.Accepted], result.Counts[Outcomes.Merged]));
            whole = await StoreSnapshot.ReadAsync(azurite, hub.Prefix);
        }

        var settings = new Dictionary<string, string?> { ["Hub:ImportChunkAboveBytes"] = "1000", ["Hub:ImportChunkRows"] = "100", ["Hub:ImportParallelism"] = "4" };
        await using var chunked = await TestHub.StartAsync(azurite, Today, settings);
        var storage = chunked.Get<HubStorage>();
        var inbound = storage.Container(StorageNames.Containers.Inbound);
        var blob = inbound.GetBlobClient($"employment-service/{FileName}");
        await blob.UploadAsync(new BinaryData(content));

        var received = await ActivatorUtilities.CreateInstance<ImportEmploymentServiceFile>(chunked.Services)
            .Run(new BlobClient(azurite.ConnectionString, inbound.Name, blob.Name), FileName, CancellationToken.None);
        Assert.Equal((FileStatuses.Imported, 250, 0), (received.Status, received.Rows, received.Counts.Values.Sum()));

        var queue = storage.Queue(StorageNames.Queues.Referrals);
        var messages = (await queue.ReceiveMessagesAsync(10)).Value.Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText))).ToList();
        Assert.Equal(3, messages.Count);
        var chunks = messages.Select(ChunkedFiles.Deserialize).OrderBy(c => c.Index).ToList();
        Assert.Equal([(1, 100), (101, 200), (201, 250)], chunks.Select(c => (c.FromRow, c.ToRow)));
        var receipt = chunks[0].ReceiptId;

        var function = ActivatorUtilities.CreateInstance<ImportReferralChunk>(chunked.Services);
        var last = await function.Run(Message(messages, 3), CancellationToken.None);
        var first = await function.Run(Message(messages, 1), CancellationToken.None);
        Assert.False(await HasSummaryAsync(storage, receipt));
        var retried = await function.Run(Message(messages, 1), CancellationToken.None); // the queue delivers it again
        Assert.Equal(first.Counts, retried.Counts);
        Assert.False(await HasSummaryAsync(storage, receipt));
        await function.Run(Message(messages, 2), CancellationToken.None);

        Assert.True(await HasSummaryAsync(storage, receipt));
        Assert.Equal(50, last.Counts[Outcomes.Accepted] + last.Counts[Outcomes.Merged]);
        (await StoreSnapshot.ReadAsync(azurite, chunked.Prefix)).AssertSameAs(whole);
    }

    // The CLI's way: the same chunks, run one after another in the process.
    [Fact]
    public async Task ImportAsync_FileAboveChunkSize_SameRecordsAsOneImportAndOneSummary()
    {
        var builder = new EsFileBuilder();
        foreach (var row in Enumerable.Range(1, 150).Select(n => OverlappingFiles.Person(n, 700_000))
                     .Concat(Enumerable.Range(1, 60).Select(n => OverlappingFiles.Person(n * 2, 710_000))))
            builder.Add(row);
        var content = builder.Build();
        var file = new InboundFile(FileName, content.Length, () => new MemoryStream(content));

        FileResult whole;
        await using (var hub = await TestHub.StartAsync(azurite, Today))
            whole = await hub.Get<EmploymentServiceImporter>().ImportAsync(file);
        await using var chunked = await TestHub.StartAsync(azurite, Today,
            new() { ["Hub:ImportChunkAboveBytes"] = "1000", ["Hub:ImportChunkRows"] = "100", ["Hub:ImportParallelism"] = "4" });
        var progress = new List<int>();
        var result = await chunked.Get<EmploymentServiceImporter>().ImportAsync(file, new InlineProgress(p => progress.Add(p.RowsDone)));

        Assert.Equal(whole.Counts, result.Counts);
        Assert.Equal(whole.Records.Select(r => (r.Row, r.Key, r.Outcome, r.Reason, r.Screening)), result.Records.Select(r => (r.Row, r.Key, r.Outcome, r.Reason, r.Screening)));
        Assert.Equal(Enumerable.Range(1, 210), progress);
        var ledger = chunked.Get<HubStorage>().Table(StorageNames.Tables.IntakeLedger);
        var words = new List<string>();
        await foreach (var row in ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey ge {"a"}"), select: ["RowKey"]))
            words.Add(row.RowKey);
        Assert.Equal(["chunk-00001", "chunk-00002", "chunk-00003", IntakeLedger.FileSummaryRow], words);
    }

    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private static string Message(IReadOnlyList<string> messages, int index) =>
        messages.Single(m => ChunkedFiles.Deserialize(m).Index == index);

    private static async Task<bool> HasSummaryAsync(HubStorage storage, string receiptId) =>
        (await storage.Table(StorageNames.Tables.IntakeLedger).GetEntityIfExistsAsync<TableEntity>(receiptId, IntakeLedger.FileSummaryRow)).HasValue;
}
