namespace AmtzaHaderech.Integrations.Referrals;

/// What every file channel does once its first pass has judged a file: refuse it whole
/// (quarantine), or stream its records through the pipeline counting the outcomes; either way
/// the receipt's summary row goes into the intake ledger.
public sealed class FileImport(ReferralPipeline pipeline, IntakeLedger ledger, Quarantine quarantine)
{
    public async Task<FileResult> RefuseAsync(string source, string receiptId, DateTimeOffset receivedAt, InboundFile file, string reason, string? encoding, CancellationToken cancellationToken = default)
    {
        await quarantine.FileAsync(source, receiptId, file, reason, cancellationToken);
        var refused = FileResult.Quarantined(file.Name, reason, encoding);
        await ledger.WriteFileSummaryAsync(receiptId, refused, source, receivedAt, cancellationToken);
        return refused;
    }

    /// With `keepRecords` false only the counts are kept (the blob trigger, benchmarks): memory
    /// then stays flat however long the file.
    public async Task<FileResult> ProcessAsync(string source, string receiptId, DateTimeOffset receivedAt, InboundFile file, string? encoding, int rows,
        IAsyncEnumerable<InboundRecord> records, IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default)
    {
        var result = new FileResult { File = file.Name, Status = FileStatuses.Imported, Encoding = encoding, Rows = rows };
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            var outcome = await pipeline.ProcessAsync(record, receiptId, cancellationToken);
            if (keepRecords) result.Records.Add(outcome);
            result.Counts[outcome.Outcome]++;
            progress?.Report(new ImportProgress(file.Name, record.Row, rows));
        }
        await ledger.WriteFileSummaryAsync(receiptId, result, source, receivedAt, cancellationToken);
        return result;
    }
}
