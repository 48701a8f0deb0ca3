using AmtzaHaderech.Integrations.Participants;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Spot.Outbox;

/// A change as its outbox row holds it: `pending` (with the attempts so far and when to try
/// next), `sent` (when, and the import file in file mode) or `quarantined` (SPOT refused it;
/// `Error` says why, in SPOT's words).
public sealed record StoredSpotChange
{
    public required SpotChange Change { get; init; }
    public required string State { get; init; }
    public long Sequence { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public string? Error { get; init; }
    public string? File { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    /// How many times an operator sent it again after SPOT refused it.
    public int Retries { get; init; }

    /// SPOT's Idempotency-Key: the change's id, and after an operator's retry a new key, since
    /// SPOT would otherwise replay its refusal.
    public string IdempotencyKey => Retries == 0 ? Change.Id : $"{Change.Id}-retry{Retries}";

    internal TableEntity Row { get; init; } = new();

    internal static StoredSpotChange From(TableEntity row) => new()
    {
        Change = SpotChanges.FromData(row.GetString("Data")),
        State = row.GetString("State") ?? OutboxRows.Pending,
        Sequence = row.GetInt64("Sequence") ?? 0,
        Attempts = row.GetInt32("Attempts") ?? 0,
        NextAttemptAt = row.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
        Error = row.GetString("Error"),
        File = row.GetString("File"),
        SentAt = row.GetDateTimeOffset("SentAt"),
        Retries = row.GetInt32("Retries") ?? 0,
        Row = row,
    };
}

/// A person whose partition has (or had) pending changes: the index row and its ETag, so the
/// drainer removes it only if nobody marked the person again meanwhile.
public sealed record PendingPerson(string ParticipantId, Azure.ETag ETag);
