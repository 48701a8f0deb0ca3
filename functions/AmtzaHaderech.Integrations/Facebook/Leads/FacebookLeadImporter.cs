using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs.Models;

namespace AmtzaHaderech.Integrations.Facebook.Leads;

/// A fetched lead into the referral pipeline: its JSON kept in `raw/facebook/leads/`, then mapped
/// and processed, and its notification row closed with the outcome.
public sealed class FacebookLeadImporter(
    ReferralPipeline pipeline,
    FacebookLeadMapper mapper,
    FacebookLeadStore store,
    IntakeLedger ledger,
    HubStorage storage,
    TimeProvider clock)
{
    /// The outcome a lead already got (any but `rejected`, which is processed afresh), or null.
    public async Task<string?> ImportedOutcomeAsync(string leadgenId, CancellationToken cancellationToken = default) =>
        await ledger.GetKeyAsync(Sources.Facebook, FacebookLeadMapper.IdempotencyKey(leadgenId), cancellationToken) is { Outcome: not Outcomes.Rejected } key
            ? key.Outcome
            : null;

    /// A lead object as Graph returns it (also how the demo feeds the bundled lead files).
    public async Task<RecordResult> ImportGraphLeadAsync(string json, CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(json);
        return await ImportGraphLeadAsync(document.RootElement, cancellationToken);
    }

    public async Task<RecordResult> ImportGraphLeadAsync(JsonElement lead, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var data = FacebookLeadData.FromGraph(lead);
        var json = lead.GetRawText();
        var name = data.LeadgenId ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var blobName = $"facebook/leads/{name}.json";
        await storage.Container(StorageNames.Containers.Raw).GetBlobClient(blobName).UploadAsync(
            BinaryData.FromString(json), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);
        return await ProcessAsync(data, blobName, cancellationToken);
    }

    /// Graph says the lead does not exist (deleted, or never there): `rejected`, `lead_not_found`.
    public Task<RecordResult> RejectNotFoundAsync(LeadNotification notification, CancellationToken cancellationToken = default)
    {
        var record = new InboundRecord
        {
            Source = Sources.Facebook,
            Key = notification.LeadgenId,
            IdempotencyKey = FacebookLeadMapper.IdempotencyKey(notification.LeadgenId),
            File = $"facebook/leads/{notification.LeadgenId}",
            Row = 1,
            RecordDate = notification.CreatedTime is { } unix ? IsraelTime.DateOf(DateTimeOffset.FromUnixTimeSeconds(unix)) : IsraelTime.Today(clock),
            RecruitmentChannel = RecruitmentChannels.SocialMedia,
            SubSource = notification.FormId is { } formId ? $"facebook:{formId}" : "facebook",
            Raw = new Dictionary<string, string?> { ["leadgen_id"] = notification.LeadgenId, ["form_id"] = notification.FormId },
            Rejection = RejectionReasons.LeadNotFound,
        };
        return CommitAsync(record, notification.LeadgenId, cancellationToken);
    }

    private Task<RecordResult> ProcessAsync(FacebookLeadData data, string file, CancellationToken cancellationToken) =>
        CommitAsync(mapper.ToRecord(data, file, 1, IsraelTime.Today(clock)), data.LeadgenId, cancellationToken);

    private async Task<RecordResult> CommitAsync(InboundRecord record, string? leadgenId, CancellationToken cancellationToken)
    {
        var result = await pipeline.ProcessAsync(record, Receipts.NewId(Sources.Facebook, clock), cancellationToken);
        if (leadgenId is not null) await store.CompleteAsync(leadgenId, result.Outcome, cancellationToken);
        FacebookMetrics.LeadsImported.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome));
        return result;
    }
}
