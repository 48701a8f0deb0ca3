using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Participants;

/// A change an outbound system (SPOT) must receive, kept in the person's own partition (row
/// `outbox:<id>`) so that one transaction writes the person and what must be sent about them.
/// `Id` is deterministic from the cause, so a re-run writes the same entry once. The outbound
/// system owns `Kind` and `Data`; the rows' state columns are listed in OutboxRows.
public sealed record OutboxEntry(string Id, string Kind, string Data, DateTimeOffset CreatedAt);

/// The change of a person that outbound systems are asked about: `Before` is null for a new
/// person; `CauseKey` is what made the change (a record's idempotency key); `Consented`: whether
/// the record allows the person to be contacted (a `no_consent` row is kept, never sent on).
public sealed record ParticipantChange(string CauseKey, Participant? Before, Participant After, bool Consented = true);

/// An outbound system that must hear of every change the referral pipeline makes to a person.
/// The pipeline asks it for the entries to write in the same transaction as the person, and
/// calls it before that transaction (so that a drainer will look at the person even if the
/// process dies right after it) and after it committed (to wake the drainer now).
public interface IParticipantOutbox
{
    IReadOnlyList<OutboxEntry> EntriesFor(ParticipantChange change);
    Task PrepareAsync(string participantId, CancellationToken cancellationToken = default);
    Task CommittedAsync(string participantId, CancellationToken cancellationToken = default);
}

/// The columns of an outbox row beside the person, shared by the store that writes them and the
/// drainer that works through them.
public static class OutboxRows
{
    public const string Prefix = "outbox:";
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Quarantined = "quarantined";

    public static string RowKey(string entryId) => Prefix + entryId;

    /// The row holding the last sequence number given in a person's outbox (outside the
    /// `outbox:` range, so the drainer never reads it as a change).
    public static string SequenceRowKey(string participantId) => "outbox-sequence:" + participantId;
    public const string LastSequence = "Last";

    public static TableEntity SequenceEntity(string participantId, long last) =>
        new(participantId, SequenceRowKey(participantId)) { [LastSequence] = last };

    /// Table filter for every outbox row of one partition (row keys `outbox:` up to `outbox;`).
    public static string InPartition(string participantId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {participantId} and RowKey ge {Prefix} and RowKey lt {"outbox;"}");

    public static TableEntity ToEntity(string participantId, OutboxEntry entry, long sequence) => new(participantId, RowKey(entry.Id))
    {
        ["Kind"] = entry.Kind,
        ["Data"] = entry.Data,
        ["CreatedAt"] = entry.CreatedAt,
        ["Sequence"] = sequence,
        ["State"] = Pending,
        ["Attempts"] = 0,
        ["NextAttemptAt"] = entry.CreatedAt,
    };
}
