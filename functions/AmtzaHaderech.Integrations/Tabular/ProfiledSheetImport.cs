using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Rows;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tabular;

/// A data row of a profiled sheet, with the file's date (from its name, else the day it
/// arrived) for rows that carry no date of their own.
public delegate InboundRecord SheetRowMapper(IReadOnlyDictionary<string, ListCell> cells, string file, int row, DateOnly fileDate);

/// What every profile-read channel does with a file: check it whole (quarantined when unfit),
/// then stream its rows through the referral pipeline (`Hub:ImportParallelism` at once) and
/// write the file's summary.
public sealed class ProfiledSheetImport(
    FileRows rows,
    IntakeLedger ledger,
    Quarantine quarantine,
    HubStorage storage,
    IOptions<HubOptions> options,
    TimeProvider clock)
{
    /// With `keepRecords` false only the counts are kept (a blob trigger): memory then stays
    /// flat however long the file.
    public async Task<FileResult> ImportAsync(string source, SheetProfile profile, SheetRowMapper map, InboundFile file,
        IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var receiptId = Receipts.NewId(source, clock);
        var receivedAt = clock.GetUtcNow();

        var sheet = new ProfiledSheet(profile, options.Value.Limits());
        var check = file.Length > options.Value.MaxInboundFileBytes
            ? new SheetCheck(null, "too_large", 0)
            : await sheet.CheckAsync(file, cancellationToken);
        if (check.QuarantineReason is { } reason)
            return await quarantine.RefuseAsync(source, receiptId, file, reason, check.Encoding, receivedAt, cancellationToken);

        var fileDate = ProfiledSheet.DateFromName(file.Name) ?? IsraelTime.Today(clock);
        var result = new FileResult { File = file.Name, Status = FileStatuses.Imported, Encoding = check.Encoding, Rows = check.Rows };
        var records = sheet.ReadRowsAsync(file, check.Encoding, cancellationToken).Select(r => map(r.Cells, file.Name, r.Row, fileDate));
        await rows.DecideAsync(records, receiptId, result, keepRecords, progress, cancellationToken);
        await ledger.WriteFileSummaryAsync(receiptId, result, source, receivedAt, cancellationToken);
        return result;
    }
}
