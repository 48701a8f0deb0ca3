using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;
using static AmtzaHaderech.Integrations.FollowUps.State.FollowUpRows;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// The scheduler's state in the `followups` table (layout in FollowUpRows). Claims are inserts,
/// so two runs at once cannot both take the same item or the same person's day.
public sealed class FollowUpStore(HubStorage storage)
{
    internal TableClient Table => storage.Table(StorageNames.Tables.FollowUps);

    public async Task<FollowUpLedger> LoadAsync(CancellationToken cancellationToken = default)
    {
        DateOnly? previousRun = null;
        var items = new List<SentItem>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var unsubscribed = new HashSet<string>(StringComparer.Ordinal);
        var invitations = new List<ConferenceInvitation>();
        await foreach (var row in Table.QueryAsync<TableEntity>(
            select: ["PartitionKey", "RowKey", "PreviousRun", "Rule", "DueOn", "Months", "EpisodeId", "Channel", "State",
                "ClaimedAt", "SentAt", "SentOn", "ProviderId", "Reminders", "EscalatedAt", "UnsubscribedAt", "Answered", "Withdrawn"],
            cancellationToken: cancellationToken))
        {
            var participant = Unescape(row.PartitionKey);
            var key = row.RowKey;
            if (row.PartitionKey == SchedulerPartition && key == RunRow) previousRun = ParseDate(row.GetString("PreviousRun"));
            else if (key.StartsWith(ItemPrefix, StringComparison.Ordinal)) items.Add(ToItem(row));
            else if (key.StartsWith(UsedPrefix, StringComparison.Ordinal))
                used.Add(FollowUpLedger.UsedKey(participant, Unescape(key[UsedPrefix.Length..])));
            else if (key == PersonRow && row.GetDateTimeOffset("UnsubscribedAt") is not null) unsubscribed.Add(participant);
            else if (key.StartsWith(InvitePrefix, StringComparison.Ordinal))
                invitations.Add(new ConferenceInvitation(participant, ParseDate(key[InvitePrefix.Length..]),
                    (row.GetBoolean("Answered") ?? false) || (row.GetBoolean("Withdrawn") ?? false)));
        }
        return new FollowUpLedger { PreviousRun = previousRun, Items = items, Used = used, Unsubscribed = unsubscribed, Invitations = invitations };
    }

    internal static SentItem ToItem(TableEntity row) => new()
    {
        ParticipantId = Unescape(row.PartitionKey),
        Key = Unescape(row.RowKey[ItemPrefix.Length..]),
        Rule = row.GetString("Rule"),
        DueOn = ParseDate(row.GetString("DueOn")),
        Months = row.GetInt32("Months"),
        EpisodeId = row.GetString("EpisodeId"),
        Channel = row.GetString("Channel"),
        State = row.GetString("State"),
        ClaimedAt = row.GetDateTimeOffset("ClaimedAt") ?? default,
        SentAt = row.GetDateTimeOffset("SentAt"),
        SentOn = ParseDate(row.GetString("SentOn")),
        ProviderId = row.GetString("ProviderId"),
        Reminders = row.GetInt32("Reminders") ?? 0,
        EscalatedAt = row.GetDateTimeOffset("EscalatedAt"),
        ETag = row.ETag,
    };

    private static TableEntity ToEntity(FollowUpItem item, string state, DateTimeOffset now, DateOnly today) =>
        new(Partition(item.ParticipantId), ItemRow(item.Key))
        {
            ["Rule"] = item.Rule,
            ["DueOn"] = Date(item.DueOn),
            ["Months"] = item.Months,
            ["EpisodeId"] = item.EpisodeId,
            ["Channel"] = item.Channel,
            ["State"] = state,
            ["ClaimedAt"] = now,
            ["SentOn"] = Date(today),
            ["Reminders"] = 0,
        };

    /// Takes the person's day for one message; false when they already have one that day.
    public Task<bool> TryClaimDayAsync(string participantId, DateOnly day, string reference, CancellationToken cancellationToken = default) =>
        TryAddAsync(new TableEntity(Partition(participantId), DayRow(day)) { ["Reference"] = reference }, cancellationToken);

    public Task ReleaseDayAsync(string participantId, DateOnly day, CancellationToken cancellationToken = default) =>
        Table.DeleteEntityAsync(Partition(participantId), DayRow(day), ETag.All, cancellationToken);

    /// Records, before anything is sent, that this run sends the item; false when it was handled.
    public Task<bool> TryClaimAsync(FollowUpItem item, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken = default) =>
        TryAddAsync(ToEntity(item, SentStates.Sending, now, today), cancellationToken);

    /// The send confirmed, and SPOT's `message_sent` activity for it (not for the coordinator's
    /// exit check, which is no message to the person) in the same transaction.
    public Task MarkSentAsync(SentItem item, DateTimeOffset sentAt, string? providerId, CancellationToken cancellationToken = default)
    {
        var confirmed = new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(Partition(item.ParticipantId), ItemRow(item.Key))
        {
            ["State"] = SentStates.Sent,
            ["SentAt"] = sentAt,
            ["ProviderId"] = providerId,
        }, ETag.All);
        return Table.SubmitTransactionAsync(item.Rule == FollowUpRules.Exit
            ? [confirmed]
            : [confirmed, SentActivity.Row(item.ParticipantId, item.Key, item.Rule, item.Channel, null, sentAt)], cancellationToken);
    }

    /// SPOT's `message_sent` activity for a reminder that went out.
    public Task RecordReminderSentAsync(SentItem item, int number, string channel, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        Table.SubmitTransactionAsync([SentActivity.Row(item.ParticipantId, item.Key, item.Rule, channel, number, sentAt)], cancellationToken);

    /// Undoes a claim whose message certainly did not go out, so a later run sends it.
    public Task ReleaseAsync(string participantId, string key, CancellationToken cancellationToken = default) =>
        Table.DeleteEntityAsync(Partition(participantId), ItemRow(key), ETag.All, cancellationToken);

    /// The item goes to the coordinator instead (no channel): recorded handled, with the task.
    public Task HandOverAsync(FollowUpItem item, string taskKind, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken = default) =>
        SubmitIgnoringConflictAsync(
        [
            new(TableTransactionActionType.Add, ToEntity(item, SentStates.Coordinator, now, today)),
            new(TableTransactionActionType.UpsertReplace, TaskEntity(item.ParticipantId, taskKind, item.Rule, item.DueOn, item.Key, now, item.DueOn)),
        ], cancellationToken);

    /// The provider refused the message for good: the claim stays (never retried) and the
    /// coordinator gets a task.
    public Task RejectAsync(SentItem item, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity(Partition(item.ParticipantId), ItemRow(item.Key)) { ["State"] = SentStates.Rejected }, ETag.All),
            new(TableTransactionActionType.UpsertReplace, TaskEntity(item.ParticipantId, TaskKinds.Undeliverable, item.Rule, item.DueOn, item.Key, now, item.SentOn)),
        ], cancellationToken);

    /// Counts a reminder as sent before sending it; false when another run counted it first.
    public async Task<bool> TryCountReminderAsync(SentItem item, int number, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.UpdateEntityAsync(new TableEntity(Partition(item.ParticipantId), ItemRow(item.Key)) { ["Reminders"] = number },
                item.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public Task UncountReminderAsync(SentItem item, int number, CancellationToken cancellationToken = default) =>
        Table.UpdateEntityAsync(new TableEntity(Partition(item.ParticipantId), ItemRow(item.Key)) { ["Reminders"] = number - 1 },
            ETag.All, TableUpdateMode.Merge, cancellationToken);

    /// No answer after the reminders: the coordinator gets the case, once.
    public Task EscalateAsync(SentItem item, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SubmitIgnoringConflictAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity(Partition(item.ParticipantId), ItemRow(item.Key)) { ["EscalatedAt"] = now }, item.ETag),
            new(TableTransactionActionType.UpsertReplace, TaskEntity(item.ParticipantId, TaskKinds.NoAnswer, item.Rule, item.DueOn, item.Key, now, item.SentOn)),
        ], cancellationToken);

    public Task RecordRunAsync(DateOnly asOf, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(new TableEntity(SchedulerPartition, RunRow) { ["PreviousRun"] = Date(asOf), ["At"] = now },
            TableUpdateMode.Replace, cancellationToken);

    /// Invites the person to the conference of that day; the reminder goes 3 days before unless
    /// they answered. Inviting again keeps the answer.
    public Task InviteAsync(string participantId, DateOnly conferenceOn, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(new TableEntity(Partition(participantId), InviteRow(conferenceOn)), TableUpdateMode.Merge, cancellationToken);

    /// A coordinator's task, not yet announced in Teams. Each writer writes a task once (its
    /// transaction also claims the item, records the answer or escalates under an ETag), so an
    /// announced task is never rewritten as unannounced.
    /// The conferences the person is invited to, answered or not (not those a changed answer withdrew).
    public async Task<IReadOnlyList<DateOnly>> InvitationsOfAsync(string participantId, CancellationToken cancellationToken = default)
    {
        var days = new List<DateOnly>();
        var end = InvitePrefix[..^1] + (char)(InvitePrefix[^1] + 1);
        await foreach (var row in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition(participantId)} and RowKey ge {InvitePrefix} and RowKey lt {end}"),
            select: ["RowKey", "Withdrawn"], cancellationToken: cancellationToken))
            if (row.GetBoolean("Withdrawn") != true) days.Add(ParseDate(row.RowKey[InvitePrefix.Length..]));
        return days;
    }

    /// The invitation to the conference of that day and its current answer; null when there is none.
    public async Task<InvitationState?> InvitationAsync(string participantId, DateOnly conferenceOn, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(participantId), InviteRow(conferenceOn), cancellationToken: cancellationToken);
        return row.HasValue ? InvitationState.From(conferenceOn, row.Value!) : null;
    }

    internal static TableEntity TaskEntity(string participantId, string kind, string rule, DateOnly dueOn, string key, DateTimeOffset now, DateOnly since) =>
        new(Partition(participantId), TaskRow(kind, key))
        {
            ["Kind"] = kind,
            ["Rule"] = rule,
            ["DueOn"] = Date(dueOn),
            ["Key"] = key,
            ["CreatedAt"] = now,
            ["Since"] = Date(since),
            ["Announced"] = false,
        };

    private async Task<bool> TryAddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    // Another run did the same thing first: the outcome is the same.
    private async Task SubmitIgnoringConflictAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try { await Table.SubmitTransactionAsync(actions, cancellationToken); }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412) { }
    }
}
