using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.EmploymentService;

/// `amtza import employment-service` and the blob trigger: check a referral file whole, then
/// stream its rows through the referral pipeline.
public sealed class EmploymentServiceImporter(
    FileImport import,
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
            : await EsReferralFile.CheckAsync(file, cancellationToken);
        if (check.QuarantineReason is { } reason)
            return await import.RefuseAsync(Sources.EmploymentService, receiptId, receivedAt, file, reason, check.Encoding, cancellationToken);

        var parser = new EsRowParser(options.Value.ProgramCode);
        var fileDate = EsReferralFile.DateFromName(file.Name) ?? IsraelTime.Today(clock);
        return await import.ProcessAsync(Sources.EmploymentService, receiptId, receivedAt, file, check.Encoding, check.Rows,
            Records(), progress, keepRecords, cancellationToken);

        async IAsyncEnumerable<InboundRecord> Records()
        {
            await foreach (var (row, values) in EsReferralFile.ReadRowsAsync(file, check.Encoding!, cancellationToken))
                yield return parser.Parse(values, file.Name, row, fileDate);
        }
    }
}
