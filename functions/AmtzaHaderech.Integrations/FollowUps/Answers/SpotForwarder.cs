using System.Text.Json;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// Hands the SPOT changes the answers made to the SPOT outbox. The answer's transaction writes
/// them beside the answer (one partition); this moves them on, keyed by the hub's id of the
/// person, under an id made from the change's own key, so a hand-over repeated after a crash
/// queues nothing twice. Called after each answer and at every scheduler run.
public sealed partial class SpotForwarder(
    FollowUpQueries queries, SpotOutbox outbox, HubStorage storage, ParticipantStore people, TimeProvider clock, ILogger<SpotForwarder> logger)
{
    public async Task<int> ForwardAsync(string? participantId = null, CancellationToken cancellationToken = default)
    {
        var forwarded = 0;
        await foreach (var change in queries.PendingSpotChangesAsync(cancellationToken))
        {
            if (participantId is not null && change.ParticipantId != participantId) continue;
            if (await HubIdAsync(change.ParticipantId, cancellationToken) is not { } hubId)
            {
                LogUnknown(change.ParticipantId);
                continue;
            }
            var cause = "followups:" + change.ParticipantId + "|" + change.Id;
            var now = clock.GetUtcNow();
            await outbox.EnqueueAsync(
            [
                change.Kind == SpotChangeKinds.EmploymentStatus
                    ? SpotChanges.ForEmploymentStatus(cause, hubId, JsonSerializer.Deserialize<SpotEmploymentStatus>(change.Json, FollowUpRows.Json)!, now)
                    : SpotChanges.ForActivity(cause, hubId, JsonSerializer.Deserialize<SpotActivityEntry>(change.Json, FollowUpRows.Json)!, now),
            ], cancellationToken);
            await queries.MarkForwardedAsync(change, cancellationToken);
            forwarded++;
        }
        return forwarded;
    }

    // The SPOT mirror's row of the person keeps the hub's id of the person it was mirrored into;
    // a lead invited to a conference is keyed by the hub's id already.
    private async Task<string?> HubIdAsync(string participantId, CancellationToken cancellationToken)
    {
        var row = await storage.Table(StorageNames.Tables.SpotParticipants).GetEntityIfExistsAsync<TableEntity>(
            participantId, SpotMirrorStore.ParticipantRow, select: ["HubId"], cancellationToken: cancellationToken);
        if (row.HasValue) return row.Value!.GetString("HubId");
        return await people.GetAsync(participantId, cancellationToken) is null ? null : participantId;
    }

    [LoggerMessage(EventId = 4220, Level = LogLevel.Warning, Message = "SPOT change of participant {ParticipantId} kept: the person is not in the SPOT mirror")]
    private partial void LogUnknown(string participantId);
}
