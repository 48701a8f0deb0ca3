using System.Text.Json;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using static AmtzaHaderech.Integrations.FollowUps.State.FollowUpRows;

namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// Records what participants answer on their pages. Each answer is one transaction in the
/// person's partition: the link's purpose marked used (with the answer), the SPOT changes, the
/// coordinator's task. A second answer through any link of the same purpose finds the purpose
/// used and changes nothing. (An RSVP may be changed: RsvpAnswersStore.)
public sealed class FollowUpAnswers(HubStorage storage, TimeProvider clock)
{
    private TableClient Table => storage.Table(StorageNames.Tables.FollowUps);

    public async Task<bool> IsUsedAsync(LinkToken token, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(token.ParticipantId), UsedRow(token.PurposeKey),
            select: ["RowKey"], cancellationToken: cancellationToken);
        return row.HasValue;
    }

    public Task<bool> RecordStatusAsync(LinkToken token, StatusAnswer answer, CancellationToken cancellationToken = default)
    {
        var (now, today) = Now();
        var actions = new List<TableTransactionAction>
        {
            Spot(token, SpotChangeKinds.EmploymentStatus, AnswerChanges.Employment(answer, today), now),
            Spot(token, SpotChangeKinds.Activity, AnswerChanges.StatusActivity(answer, today), now),
        };
        var key = token.PurposeKey;
        if (!answer.IsWorking) actions.Add(Task(token, TaskKinds.NotWorking, key, now));
        if (answer.CallRequested) actions.Add(Task(token, TaskKinds.CallRequest, key, now));
        return SubmitAsync(token, answer, now, actions, cancellationToken);
    }

    /// Stops every message to the person at once (the planner reads the `person` row).
    public Task<bool> UnsubscribeAsync(LinkToken token, CancellationToken cancellationToken = default)
    {
        var (now, today) = Now();
        return SubmitAsync(token, new { unsubscribed = true }, now,
        [
            new(TableTransactionActionType.UpsertMerge, new TableEntity(Partition(token.ParticipantId), PersonRow) { ["UnsubscribedAt"] = now }),
            Spot(token, SpotChangeKinds.Activity, AnswerChanges.UnsubscribeActivity(today), now),
        ], cancellationToken);
    }

    private (DateTimeOffset Now, DateOnly Today) Now() => (clock.GetUtcNow(), IsraelTime.Today(clock));

    private async Task<bool> SubmitAsync(LinkToken token, object answer, DateTimeOffset now,
        List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var used = new TableEntity(Partition(token.ParticipantId), UsedRow(token.PurposeKey))
        {
            ["UsedAt"] = now,
            ["Answer"] = JsonSerializer.Serialize(answer, Json),
        };
        try
        {
            await Table.SubmitTransactionAsync([new(TableTransactionActionType.Add, used), .. actions], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private static TableTransactionAction Spot<T>(LinkToken token, string kind, T change, DateTimeOffset now) =>
        PendingSpotChanges.Row(token.ParticipantId, token.PurposeKey, kind, change, now);

    private static TableTransactionAction Task(LinkToken token, string kind, string key, DateTimeOffset now) =>
        new(TableTransactionActionType.UpsertReplace, FollowUpStore.TaskEntity(token.ParticipantId, kind, token.Rule, token.Date, key, now, IsraelTime.DateOf(now)));
}
