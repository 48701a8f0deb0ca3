using System.Text.Json;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Referrals;

/// The first outcome of an idempotency key: what decides `duplicate` on a later arrival.
public sealed record KeyRecord(string Outcome, string? ParticipantId, string LedgerId, bool? Consent);

/// One inbound record's entry: what arrived (raw), where from, what happened and why.
public sealed record LedgerEntry
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string File { get; init; }
    public required int Row { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required RecordResult Result { get; init; }
    public required IReadOnlyDictionary<string, string?> Raw { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public JsonElement? Explanation { get; init; }
}

/// The intake ledger (one row per record received, partition = the receipt of a file or
/// delivery) and the key table (partition = source, row = idempotency key) that decides
/// duplicates. The key row is written last: it is the commit point of a record.
public sealed class IntakeLedger(HubStorage storage)
{
    private TableClient Ledger => storage.Table(StorageNames.Tables.IntakeLedger);
    private TableClient Keys => storage.Table(StorageNames.Tables.IntakeKeys);

    public async Task<KeyRecord?> GetKeyAsync(string source, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var found = await Keys.GetEntityIfExistsAsync<TableEntity>(source, RowKeyOf(idempotencyKey), cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is null) return null;
        var e = found.Value;
        return new KeyRecord(e.GetString("Outcome"), e.GetString("ParticipantId"), e.GetString("LedgerId"), e.GetBoolean("Consent"));
    }

    public Task PutKeyAsync(string source, string idempotencyKey, KeyRecord key, CancellationToken cancellationToken = default) =>
        Keys.UpsertEntityAsync(new TableEntity(source, RowKeyOf(idempotencyKey))
        {
            ["Outcome"] = key.Outcome,
            ["ParticipantId"] = key.ParticipantId,
            ["LedgerId"] = key.LedgerId,
            ["Consent"] = key.Consent,
        }, TableUpdateMode.Replace, cancellationToken);

    public Task WriteAsync(string receiptId, LedgerEntry entry, CancellationToken cancellationToken = default) =>
        Ledger.UpsertEntityAsync(ToEntity(receiptId, entry), TableUpdateMode.Replace, cancellationToken);

    public async Task<LedgerEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var separator = id.LastIndexOf('~');
        if (separator < 0) return null;
        var found = await Ledger.GetEntityIfExistsAsync<TableEntity>(id[..separator], id[(separator + 1)..], cancellationToken: cancellationToken);
        return found.HasValue && found.Value is not null ? FromEntity(found.Value) : null;
    }

    public async IAsyncEnumerable<LedgerEntry> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Records only: their row keys are digits; the file summary and chunk rows are words.
        await foreach (var e in Ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey lt {"a"}"), cancellationToken: cancellationToken))
            yield return FromEntity(e);
    }

    /// The records received in [from, to) (instants), their outcomes only: no raw record, no
    /// explanation. What the evaluation report's referral funnel counts.
    public async IAsyncEnumerable<LedgerEntry> ReceivedAsync(DateTimeOffset from, DateTimeOffset to,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey ne {FileSummaryRow} and ReceivedAt ge {from} and ReceivedAt lt {to}");
        await foreach (var e in Ledger.QueryAsync<TableEntity>(filter,
            select: ["PartitionKey", "RowKey", "Source", "File", "Row", "ReceivedAt", "Key", "Outcome", "ParticipantId", "Screening"],
            cancellationToken: cancellationToken))
            yield return FromEntity(e);
    }

    public const string FileSummaryRow = "file";
    private const string ChunkRowPrefix = "chunk-";

    public Task WriteFileSummaryAsync(string receiptId, FileResult file, string source, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
        Ledger.UpsertEntityAsync(FileSummary(receiptId, file, source, receivedAt), TableUpdateMode.Replace, cancellationToken);

    /// The summary of a file imported in chunks: written by whichever chunk finds every chunk
    /// done, once (two chunks finishing together both find it; the second's insert fails).
    public async Task AddFileSummaryAsync(string receiptId, FileResult file, string source, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        try
        {
            await Ledger.AddEntityAsync(FileSummary(receiptId, file, source, receivedAt), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Written already.
        }
    }

    /// A chunk of a large file is done: its outcome counts, in the receipt's partition.
    public Task WriteChunkAsync(string receiptId, int index, IReadOnlyDictionary<string, int> counts, CancellationToken cancellationToken = default) =>
        Ledger.UpsertEntityAsync(new TableEntity(receiptId, $"{ChunkRowPrefix}{index:D5}")
        {
            ["Counts"] = JsonSerializer.Serialize(counts),
        }, TableUpdateMode.Replace, cancellationToken);

    /// The chunks of a receipt that are done, by index, with their counts.
    public async Task<IReadOnlyDictionary<int, Dictionary<string, int>>> ChunksDoneAsync(string receiptId, CancellationToken cancellationToken = default)
    {
        var done = new SortedDictionary<int, Dictionary<string, int>>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {receiptId} and RowKey ge {ChunkRowPrefix} and RowKey lt {"chunk."}");
        await foreach (var row in Ledger.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            done[int.Parse(row.RowKey[ChunkRowPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)] =
                JsonSerializer.Deserialize<Dictionary<string, int>>(row.GetString("Counts") ?? "{}")!;
        return done;
    }

    private static TableEntity FileSummary(string receiptId, FileResult file, string source, DateTimeOffset receivedAt) => new(receiptId, FileSummaryRow)
    {
        ["Source"] = source,
        ["File"] = file.File,
        ["Status"] = file.Status,
        ["Reason"] = file.Reason,
        ["Encoding"] = file.Encoding,
        ["Rows"] = file.Rows,
        ["ReceivedAt"] = receivedAt,
    };

    public static string LedgerId(string receiptId, int row) => $"{receiptId}~{row:D7}";

    // Table keys may not hold / \ # ? or control characters; idempotency keys are ids, never personal data.
    private static string RowKeyOf(string key) =>
        new(key.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());

    private static TableEntity ToEntity(string receiptId, LedgerEntry entry) => new(receiptId, entry.Row.ToString("D7"))
    {
        ["Source"] = entry.Source,
        ["File"] = entry.File,
        ["Row"] = entry.Row,
        ["ReceivedAt"] = entry.ReceivedAt,
        ["Key"] = entry.Result.Key,
        ["Outcome"] = entry.Result.Outcome,
        ["Reason"] = entry.Result.Reason,
        ["ParticipantId"] = entry.Result.ParticipantId,
        ["Screening"] = entry.Result.Screening,
        ["ScreeningReason"] = entry.Result.ScreeningReason,
        ["Raw"] = JsonSerializer.Serialize(entry.Raw),
        ["Warnings"] = JsonSerializer.Serialize(entry.Warnings),
        ["Explanation"] = entry.Explanation?.GetRawText(),
    };

    private static LedgerEntry FromEntity(TableEntity e)
    {
        var explanation = e.GetString("Explanation");
        return new LedgerEntry
        {
            Id = LedgerId(e.PartitionKey, e.GetInt32("Row") ?? 0),
            Source = e.GetString("Source"),
            File = e.GetString("File"),
            Row = e.GetInt32("Row") ?? 0,
            ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? default,
            Result = new RecordResult
            {
                Key = e.GetString("Key"),
                Outcome = e.GetString("Outcome"),
                Reason = e.GetString("Reason"),
                ParticipantId = e.GetString("ParticipantId"),
                Screening = e.GetString("Screening"),
                ScreeningReason = e.GetString("ScreeningReason"),
                Row = e.GetInt32("Row") ?? 0,
            },
            Raw = JsonSerializer.Deserialize<Dictionary<string, string?>>(e.GetString("Raw") ?? "{}")!,
            Warnings = JsonSerializer.Deserialize<List<string>>(e.GetString("Warnings") ?? "[]")!,
            Explanation = explanation is null ? null : JsonDocument.Parse(explanation).RootElement.Clone(),
        };
    }
}
