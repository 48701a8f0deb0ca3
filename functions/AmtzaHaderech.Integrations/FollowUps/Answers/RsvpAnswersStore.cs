using System.Globalization;
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

/// Records conference answers. Unlike a check-in, an RSVP can be changed through the same link
/// until the day before the conference (the page enforces the day): the invitation row holds the
/// one current answer, and each answer is one transaction in the person's partition under the
/// row's ETag (two answers at once: one wins, the other is re-applied on a fresh read):
/// - the invitation: answered, coming or not, `MovedTo`, and the count of answers;
/// - a move: an unanswered invitation to the chosen day (`MovedFrom`), which the scheduler reminds
///   through a link of its own; an earlier move's invitation is withdrawn (no reminder, its link spent);
/// - SPOT: a `status_update` activity per answer, the first (`spot|r|conference|{day}|activity`)
///   and each change (`spot|r|conference|{day}|change{n}|activity`), the change saying what it
///   replaces, so SPOT's latest activity is the current answer.
public sealed class RsvpAnswersStore(HubStorage storage, TimeProvider clock)
{
    private TableClient Table => storage.Table(StorageNames.Tables.FollowUps);

    public Task<RsvpOutcome> RecordAsync(LinkToken token, RsvpChoice choice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(choice);
        if (choice.MovedTo == token.Date) throw new ArgumentException("A move needs another day than the invited one.", nameof(choice));
        return OptimisticWrites.RetryAsync(async _ =>
        {
            var current = await ReadAsync(token, cancellationToken);
            if (current?.Withdrawn == true) return RsvpOutcome.Withdrawn;
            var before = current is { Answered: true } ? new RsvpChoice(current.Coming == true, current.MovedTo) : null;
            if (before == choice) return RsvpOutcome.Unchanged;
            await Table.SubmitTransactionAsync(Actions(token, choice, current, before), cancellationToken);
            return RsvpOutcome.Recorded;
        }, cancellationToken, addMayRace: true);
    }

    private async Task<InvitationState?> ReadAsync(LinkToken token, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(token.ParticipantId), InviteRow(token.Date), cancellationToken: cancellationToken);
        return row.HasValue ? InvitationState.From(token.Date, row.Value!) : null;
    }

    private List<TableTransactionAction> Actions(LinkToken token, RsvpChoice choice, InvitationState? current, RsvpChoice? before)
    {
        var now = clock.GetUtcNow();
        var partition = Partition(token.ParticipantId);
        var answers = (current?.Answers ?? 0) + 1;
        var invitation = new TableEntity(partition, InviteRow(token.Date))
        {
            ["Answered"] = true,
            ["Coming"] = choice.Coming,
            ["MovedTo"] = choice.MovedTo is { } to ? Date(to) : "",
            ["MovedFrom"] = current?.MovedFrom is { } from ? Date(from) : "",
            ["Answers"] = answers,
            ["AnsweredAt"] = now,
        };
        var actions = new List<TableTransactionAction>
        {
            current is null
                ? new(TableTransactionActionType.Add, invitation)
                : new(TableTransactionActionType.UpdateReplace, invitation, current.ETag),
            new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, UsedRow(token.PurposeKey))
            {
                ["UsedAt"] = now,
                ["Answer"] = JsonSerializer.Serialize(choice, FollowUpRows.Json),
            }),
        };
        if (before?.MovedTo is { } earlier && earlier != choice.MovedTo)
            actions.Add(new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, InviteRow(earlier))
            {
                ["Answered"] = true,
                ["Withdrawn"] = true,
                ["MovedFrom"] = Date(token.Date),
            }));
        if (choice.MovedTo is { } movedTo && movedTo != before?.MovedTo)
            actions.Add(new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, InviteRow(movedTo))
            {
                ["Answered"] = false,
                ["MovedFrom"] = Date(token.Date),
            }));
        var today = IsraelTime.DateOf(now);
        var activity = before is null
            ? AnswerChanges.RsvpActivity(token.Date, choice, today)
            : AnswerChanges.RsvpChangedActivity(token.Date, choice, before, today);
        var purpose = answers == 1 ? token.PurposeKey : $"{token.PurposeKey}|change{(answers - 1).ToString(CultureInfo.InvariantCulture)}";
        actions.Add(PendingSpotChanges.Row(token.ParticipantId, purpose, SpotChangeKinds.Activity, activity, now));
        return actions;
    }
}
