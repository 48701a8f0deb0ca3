using System.Text.Json;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Referrals;

/// A probable match waiting for a person: the incoming record and the people it may be.
public sealed record ReviewItem
{
    public required string Id { get; init; }
    public required InboundRecord Record { get; init; }
    public required string LedgerId { get; init; }
    public required IReadOnlyList<string> CandidateIds { get; init; }
    /// Why it waits: the matching rule (`rule1`-`rule4`), or `unverified_match` for a claim.
    public required string Rule { get; init; }
    /// For `unverified_match`: the rule the claim matched its one candidate by.
    public string? MatchedBy { get; init; }
    public string? Decision { get; init; }
    public string? DecidedParticipantId { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
}

/// The review queue (docs/matching.md rule 4). Partition `open` or `decided`, row = the item's id,
/// derived from the record's idempotency key so a re-run files the same item once.
public sealed class ReviewQueue(HubStorage storage)
{
    public const string Open = "open";
    public const string Decided = "decided";
    private TableClient Table => storage.Table(StorageNames.Tables.Reviews);

    public static string IdFor(string idempotencyKey) =>
        "rv-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)).AsSpan(0, 10));

    public Task AddAsync(ReviewItem item, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(ToEntity(Open, item), TableUpdateMode.Replace, cancellationToken);

    public async Task<ReviewItem?> GetAsync(string partition, string id, CancellationToken cancellationToken = default)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(partition, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is not null ? FromEntity(found.Value) : null;
    }

    /// Files the decision, then closes the open item: a crash in between leaves both, and
    /// deciding again finds the decided one and repeats nothing.
    public async Task MarkDecidedAsync(ReviewItem decided, CancellationToken cancellationToken = default)
    {
        await Table.UpsertEntityAsync(ToEntity(Decided, decided), TableUpdateMode.Replace, cancellationToken);
        await Table.DeleteEntityAsync(Open, decided.Id, cancellationToken: cancellationToken);
    }

    private static TableEntity ToEntity(string partition, ReviewItem item) => new(partition, item.Id)
    {
        ["Data"] = JsonSerializer.Serialize(item, ParticipantStore.Json),
    };

    private static ReviewItem FromEntity(TableEntity e) => JsonSerializer.Deserialize<ReviewItem>(e.GetString("Data"), ParticipantStore.Json)!;

    public async IAsyncEnumerable<ReviewItem> OpenItemsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Open, cancellationToken: cancellationToken))
            yield return FromEntity(e);
    }
}
