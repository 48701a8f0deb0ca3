using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.EmploymentService;

/// `amtza import employment-service` and the blob trigger: check a referral file whole, then
/// stream its rows through the referral pipeline.
public sealed class EmploymentServiceImporter(
    ReferralPipeline pipeline,
    IntakeLedger ledger,
    Quarantine quarantine,
    Storage.HubStorage storage,
    IOptions<HubOptions> options,
    TimeProvider clock)
{
    /// With `keepRecords` false only the counts are kept (the blob trigger, benchmarks): memory
    /// then stays flat however long the file.
    public async Task<FileResult> ImportAsync(InboundFile file, IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var receiptId = Receipts.NewId(Sources.EmploymentService, clock);
        var receivedAt = clock.GetUtcNow();

        var check = file.Length > options.Value.MaxInboundFileBytes
            ? new EsFileCheck(null, "too_large", 0)
            : await EsReferralFile.CheckAsync(file, options.Value.Limits(), cancellationToken);
        if (check.QuarantineReason is { } reason)
            return await quarantine.RefuseAsync(Sources.EmploymentService, receiptId, file, reason, check.Encoding, receivedAt, cancellationToken);

        var parser = new EsRowParser(options.Value.ProgramCode);
        var fileDate = EsReferralFile.DateFromName(file.Name) ?? IsraelTime.Today(clock);
        var result = new FileResult { File = file.Name, Status = FileStatuses.Imported, Encoding = check.Encoding, Rows = check.Rows };
        await foreach (var (row, values) in EsReferralFile.ReadRowsAsync(file, check.Encoding!, options.Value.Limits(), cancellationToken))
        {
            var record = parser.Parse(values, file.Name, row, fileDate);
            var outcome = await pipeline.ProcessAsync(record, receiptId, cancellationToken);
            result.Add(outcome, keepRecords);
            progress?.Report(new ImportProgress(file.Name, row, check.Rows));
        }
        await ledger.WriteFileSummaryAsync(receiptId, result, Sources.EmploymentService, receivedAt, cancellationToken);
        return result;
    }
}
