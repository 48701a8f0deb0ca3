using AmtzaHaderech.Integrations.Configuration;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Referrals.Rows;

/// Decides a file's records through the pipeline, `Hub:ImportParallelism` at once, into the
/// file's result. Records that share a key that decides anything (the channel's idempotency
/// key, a national ID, a phone, an e-mail) are decided one after another in file order, so a
/// file's outcomes, counts and people are those of the sequential run: the first of a resend is
/// the one decided, and the row that first brings a person is the one accepted.
public sealed class FileRows(ReferralPipeline pipeline, IOptions<HubOptions> options)
{
    public async Task DecideAsync(IAsyncEnumerable<InboundRecord> records, string receiptId, FileResult result, bool keepRecords,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken = default, int rowsBefore = 0)
    {
        var done = rowsBefore;
        var gate = new object();
        await KeyedRows.RunAsync(records, options.Value.ImportParallelism, KeysOf, async (record, token) =>
        {
            var outcome = await pipeline.ProcessAsync(record, receiptId, token);
            lock (gate)
            {
                result.Add(outcome, keepRecords);
                progress?.Report(new ImportProgress(result.File, ++done, result.Rows));
            }
        }, cancellationToken);
        if (keepRecords) result.Records.Sort((a, b) => a.Row.CompareTo(b.Row));
    }

    /// What serializes two records: values only held in memory, never written or logged.
    public static IEnumerable<string> KeysOf(InboundRecord record)
    {
        yield return "key:" + record.Source + ":" + record.IdempotencyKey;
        if (record.Person is not { } person) yield break;
        if (person.NationalId is { } nationalId) yield return "nid:" + nationalId;
        foreach (var phone in person.Phones) yield return "tel:" + phone;
        if (person.Email is { } email) yield return "eml:" + email;
    }
}
