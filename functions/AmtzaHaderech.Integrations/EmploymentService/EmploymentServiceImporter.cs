using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Rows;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.EmploymentService;

/// `amtza import employment-service` and the blob trigger: check a referral file whole, then
/// stream its rows through the referral pipeline (`Hub:ImportParallelism` at once), a large file
/// in chunks (ChunkedFiles).
public sealed class EmploymentServiceImporter(
    FileRows rows,
    ChunkedFiles chunks,
    IntakeLedger ledger,
    Quarantine quarantine,
    Storage.HubStorage storage,
    IOptions<HubOptions> options,
    TimeProvider clock) : IChunkImporter
{
    public const string Channel = "employment-service";

    string IChunkImporter.Channel => Channel;

    /// With `keepRecords` false only the counts are kept (the blob trigger, benchmarks): memory
    /// then stays flat however long the file. A large file is imported chunk by chunk here.
    public Task<FileResult> ImportAsync(InboundFile file, IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default) =>
        ImportAsync(file, blobName: null, progress, keepRecords, cancellationToken);

    /// The blob trigger's way: a large file's chunks go to the `referrals` queue (read back from
    /// `inbound/{blobName}` by ImportChunkAsync), and the result says only that it was checked.
    public Task<FileResult> ReceiveAsync(InboundFile file, string blobName, CancellationToken cancellationToken = default) =>
        ImportAsync(file, blobName, progress: null, keepRecords: false, cancellationToken);

    /// One chunk of a large file, from the queue.
    public Task<FileResult> ImportChunkAsync(ImportChunk chunk, InboundFile file, CancellationToken cancellationToken = default) =>
        chunks.RunAsync(chunk, RecordsAsync(file, chunk, cancellationToken), keepRecords: false, progress: null, cancellationToken);

    private async Task<FileResult> ImportAsync(InboundFile file, string? blobName, IProgress<ImportProgress>? progress, bool keepRecords, CancellationToken cancellationToken)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var receiptId = Receipts.NewId(Sources.EmploymentService, clock);
        var receivedAt = clock.GetUtcNow();

        var check = file.Length > options.Value.MaxInboundFileBytes
            ? new EsFileCheck(null, "too_large", 0)
            : await EsReferralFile.CheckAsync(file, options.Value.Limits(), cancellationToken);
        if (check.QuarantineReason is { } reason)
            return await quarantine.RefuseAsync(Sources.EmploymentService, receiptId, file, reason, check.Encoding, receivedAt, cancellationToken);

        var fileDate = EsReferralFile.DateFromName(file.Name) ?? IsraelTime.Today(clock);
        if (chunks.Splits(file))
        {
            var plan = chunks.Plan(new ImportChunk
            {
                Channel = Channel,
                Source = Sources.EmploymentService,
                BlobName = blobName ?? file.Name,
                File = file.Name,
                ReceiptId = receiptId,
                Index = 0,
                Chunks = 0,
                FromRow = 0,
                ToRow = 0,
                Rows = check.Rows,
                Encoding = check.Encoding,
                FileDate = fileDate,
                ReceivedAt = receivedAt,
            }, check.Rows);
            if (blobName is null) return await chunks.RunAllAsync(plan, chunk => RecordsAsync(file, chunk, cancellationToken), keepRecords, progress, cancellationToken);
            await chunks.QueueAsync(plan, cancellationToken);
            return new FileResult { File = file.Name, Status = FileStatuses.Imported, Encoding = check.Encoding, Rows = check.Rows };
        }

        var parser = new EsRowParser(options.Value.ProgramCode);
        var result = new FileResult { File = file.Name, Status = FileStatuses.Imported, Encoding = check.Encoding, Rows = check.Rows };
        var records = EsReferralFile.ReadRowsAsync(file, check.Encoding!, options.Value.Limits(), cancellationToken)
            .Select(r => parser.Parse(r.Values, file.Name, r.Row, fileDate));
        await rows.DecideAsync(records, receiptId, result, keepRecords, progress, cancellationToken);
        await ledger.WriteFileSummaryAsync(receiptId, result, Sources.EmploymentService, receivedAt, cancellationToken);
        return result;
    }

    // The chunk's rows: the file is streamed from its start, and left after the chunk's last row.
    private IAsyncEnumerable<InboundRecord> RecordsAsync(InboundFile file, ImportChunk chunk, CancellationToken cancellationToken)
    {
        var parser = new EsRowParser(options.Value.ProgramCode);
        return EsReferralFile.ReadRowsAsync(file, chunk.Encoding!, options.Value.Limits(), cancellationToken)
            .TakeWhile(r => r.Row <= chunk.ToRow)
            .Where(r => chunk.Holds(r.Row))
            .Select(r => parser.Parse(r.Values, file.Name, r.Row, chunk.FileDate));
    }
}
