using System.Text.Json;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Azure.Data.Tables;
using static AmtzaHaderech.Integrations.FollowUps.State.FollowUpRows;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// Changes for SPOT written in the `followups` table beside what made them (an answer, a send),
/// not yet handed to the SPOT outbox; SpotForwarder hands them over.
internal static class PendingSpotChanges
{
    /// The row of a change (`spot|{purpose}|{kind}`). Answers and sends both write these.
    public static TableTransactionAction Row<T>(string participantId, string purposeKey, string kind, T change, DateTimeOffset now) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(Partition(participantId), SpotRow(purposeKey, kind))
        {
            ["Kind"] = kind,
            ["Data"] = JsonSerializer.Serialize(change, FollowUpRows.Json),
            ["CreatedAt"] = now,
            ["Forwarded"] = false,
        });
}

/// A change for SPOT made by a participant's answer, waiting in the `followups` table for the
/// SPOT outbox (SpotForwarder). `Kind` is the outbox's (`employment-status`, `activity`);
/// `Json` the outbox's SpotEmploymentStatus or SpotActivityEntry; `Id` is deterministic (the
/// answered purpose and the kind).
public sealed record FollowUpSpotChange(string ParticipantId, string Id, string Kind, string Json, DateTimeOffset CreatedAt);
