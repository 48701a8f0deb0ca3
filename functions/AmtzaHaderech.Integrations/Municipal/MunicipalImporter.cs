using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Municipal;

/// `amtza import municipal --profile <id>` and the blob trigger: check a list whole through
/// its profile, then stream its rows through the referral pipeline.
public sealed class MunicipalImporter(
    ReferralPipeline pipeline,
    IntakeLedger ledger,
    Quarantine quarantine,
    Storage.HubStorage storage,
    IdentityKeys identityKeys,
    IOptions<MunicipalOptions> municipal,
    IOptions<HubOptions> options,
    TimeProvider clock)
{
    public IReadOnlyCollection<string> ProfileIds => municipal.Value.Profiles.Keys;

    public bool HasProfile(string profileId) => municipal.Value.Find(profileId) is not null;

    /// With `keepRecords` false only the counts are kept (the blob trigger): memory then stays
    /// flat however long the list. An unknown profile is an ArgumentException: the file stays
    /// where it is until the profile exists.
    public async Task<FileResult> ImportAsync(string profileId, InboundFile file, IProgress<ImportProgress>? progress = null, bool keepRecords = true, CancellationToken cancellationToken = default)
    {
        var profile = municipal.Value.Find(profileId)
            ?? throw new ArgumentException($"No municipal profile '{profileId}' (configured: {string.Join(", ", ProfileIds)}).", nameof(profileId));
        await storage.EnsureCreatedAsync(cancellationToken);
        var receiptId = Receipts.NewId(Sources.Municipal, clock);
        var receivedAt = clock.GetUtcNow();

        var list = new MunicipalList(profile);
        var check = file.Length > options.Value.MaxInboundFileBytes
            ? new ListCheck(null, "too_large", 0)
            : await list.CheckAsync(file, cancellationToken);
        if (check.QuarantineReason is { } reason)
            return await quarantine.RefuseAsync(Sources.Municipal, receiptId, file, reason, check.Encoding, receivedAt, cancellationToken);

        var mapper = new MunicipalRowMapper(profile, identityKeys);
        var fileDate = MunicipalList.DateFromName(file.Name) ?? IsraelTime.Today(clock);
        var result = new FileResult { File = file.Name, Status = FileStatuses.Imported, Encoding = check.Encoding, Rows = check.Rows };
        await foreach (var (row, cells) in list.ReadRowsAsync(file, check.Encoding, cancellationToken))
        {
            var record = mapper.Map(cells, file.Name, row, fileDate);
            var outcome = await pipeline.ProcessAsync(record, receiptId, cancellationToken);
            result.Add(outcome, keepRecords);
            progress?.Report(new ImportProgress(file.Name, row, check.Rows));
        }
        await ledger.WriteFileSummaryAsync(receiptId, result, Sources.Municipal, receivedAt, cancellationToken);
        return result;
    }
}
