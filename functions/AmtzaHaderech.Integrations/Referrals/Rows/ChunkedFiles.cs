using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Referrals.Rows;

/// Large files in chunks (docs/architecture.md, "Large files in chunks"). A file larger than
/// `Hub:ImportChunkAboveBytes` is checked whole as any file, then split into chunks of
/// `Hub:ImportChunkRows` rows. The Functions app sends each chunk through the `referrals` queue,
/// so several instances share the file; the CLI runs them itself, one after another. Each chunk
/// decides its rows, then records its counts in the receipt's ledger partition; the chunk that
/// finds every chunk recorded writes the file's summary, once. A chunk the queue retries decides
/// nothing twice: a row it already committed is replayed from the ledger (ReferralPipeline).
public sealed class ChunkedFiles(FileRows rows, IntakeLedger ledger, HubStorage storage, IOptions<HubOptions> options)
{
    public bool Splits(InboundFile file) => file.Length > options.Value.ImportChunkAboveBytes;

    public IReadOnlyList<ImportChunk> Plan(ImportChunk template, int fileRows) =>
        [.. ImportChunk.Plan(template, fileRows, options.Value.ImportChunkRows)];

    /// The Functions app's way: every chunk to the queue (base64 JSON, as the queue trigger reads it).
    public async Task QueueAsync(IReadOnlyList<ImportChunk> chunks, CancellationToken cancellationToken = default)
    {
        var queue = storage.Queue(StorageNames.Queues.Referrals);
        foreach (var chunk in chunks)
            await queue.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(Serialize(chunk))), cancellationToken);
    }

    /// The CLI's way: the chunks one after another, into one result for the whole file.
    public async Task<FileResult> RunAllAsync(IReadOnlyList<ImportChunk> chunks, Func<ImportChunk, IAsyncEnumerable<InboundRecord>> recordsOf,
        bool keepRecords, IProgress<ImportProgress>? progress, CancellationToken cancellationToken = default)
    {
        var whole = Result(chunks[0]);
        foreach (var chunk in chunks)
        {
            var part = await RunAsync(chunk, recordsOf(chunk), keepRecords, progress, cancellationToken);
            whole.Records.AddRange(part.Records);
            foreach (var (outcome, count) in part.Counts) whole.Counts[outcome] += count;
        }
        return whole;
    }

    /// Decides one chunk's rows (`records` are the chunk's own), records the chunk done, and
    /// writes the file's summary if it was the last one.
    public async Task<FileResult> RunAsync(ImportChunk chunk, IAsyncEnumerable<InboundRecord> records, bool keepRecords,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var result = Result(chunk);
        await rows.DecideAsync(records, chunk.ReceiptId, result, keepRecords, progress, cancellationToken, rowsBefore: chunk.FromRow - 1);
        await ledger.WriteChunkAsync(chunk.ReceiptId, chunk.Index, result.Counts, cancellationToken);
        var done = await ledger.ChunksDoneAsync(chunk.ReceiptId, cancellationToken);
        if (done.Count == chunk.Chunks)
            await ledger.AddFileSummaryAsync(chunk.ReceiptId, Result(chunk), chunk.Source, chunk.ReceivedAt, cancellationToken);
        return result;
    }

    public static string Serialize(ImportChunk chunk) => JsonSerializer.Serialize(chunk, Json);

    public static ImportChunk Deserialize(string message) =>
        JsonSerializer.Deserialize<ImportChunk>(message, Json) ?? throw new FormatException("An empty chunk message.");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static FileResult Result(ImportChunk chunk) =>
        new() { File = chunk.File, Status = FileStatuses.Imported, Encoding = chunk.Encoding, Rows = chunk.Rows };
}
