using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Rows;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook.Export;

/// `amtza import facebook-leads`: a Leads Center export, checked whole, then each lead through
/// the referral pipeline under its leadgen id, so a lead also delivered by webhook is one referral.
public sealed class FacebookLeadsExportImporter(
    FileRows rows,
    FacebookLeadMapper mapper,
    IntakeLedger ledger,
    Quarantine quarantine,
    HubStorage storage,
    IOptions<HubOptions> hub,
    IOptionsMonitor<FacebookOptions> options,
    TimeProvider clock)
{
    /// `formId` (the command's `--form`) names the form whose mapping applies to every row;
    /// without it each row's `form_id` does.
    public async Task<FileResult> ImportAsync(InboundFile file, string? formId = null, IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var receiptId = Receipts.NewId(Sources.Facebook, clock);
        var receivedAt = clock.GetUtcNow();
        var forms = options.CurrentValue.Forms;

        var check = file.Length > hub.Value.MaxInboundFileBytes
            ? new ExportCheck(null, ",", "too_large", 0)
            : await LeadsCenterExport.CheckAsync(file, formId, forms, hub.Value.Limits(), cancellationToken);
        if (check.QuarantineReason is { } reason)
            return await quarantine.RefuseAsync(Sources.Facebook, receiptId, file, reason, check.Encoding, receivedAt, cancellationToken);

        var arrival = IsraelTime.Today(clock);
        var result = new FileResult { File = file.Name, Status = FileStatuses.Imported, Encoding = check.Encoding, Rows = check.Rows };
        var records = LeadsCenterExport.ReadRowsAsync(file, check, hub.Value.Limits(), cancellationToken)
            .Select(r => mapper.ToRecord(LeadsCenterExport.ToLead(r.Values, formId, forms), file.Name, r.Row, arrival));
        await rows.DecideAsync(records, receiptId, result, keepRecords, progress, cancellationToken);
        await ledger.WriteFileSummaryAsync(receiptId, result, Sources.Facebook, receivedAt, cancellationToken);
        return result;
    }
}
