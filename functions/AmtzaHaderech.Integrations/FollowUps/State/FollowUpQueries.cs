using System.Runtime.CompilerServices;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using Azure;
using Azure.Data.Tables;
using static AmtzaHaderech.Integrations.FollowUps.State.FollowUpRows;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// What others read from the follow-ups: the monthly report's unanswered check-ins, the
/// coordinators' tasks, and the SPOT changes the answers made (for the SPOT outbox).
public sealed class FollowUpQueries(FollowUpStore store)
{
    /// Check-ins (retention, quarterly) asked in the month that got no answer: sent and not
    /// answered through their link, or never sent for want of a channel (or refused by the
    /// provider). The input of the coordinators' report `followUpsDue`. By the day the hub asked,
    /// not the schedule's due date: a quarterly check-in caught up years after its due date
    /// belongs to the month it went out in, or no monthly report would ever list it.
    public async Task<IReadOnlyList<UnansweredFollowUp>> UnansweredFollowUpsAsync(ReportMonth month, CancellationToken cancellationToken = default)
    {
        var ledger = await store.LoadAsync(cancellationToken);
        return
        [
            .. ledger.Items
                .Where(i => i.Rule is FollowUpRules.Retention or FollowUpRules.Quarterly && month.Contains(i.SentOn)
                    && !ledger.IsAnswered(i, LinkPages.Status))
                .OrderBy(i => i.DueOn).ThenBy(i => i.ParticipantId, StringComparer.Ordinal).ThenBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => new UnansweredFollowUp(i.ParticipantId, i.Rule, i.DueOn)
                {
                    AskedOn = i.SentOn,
                    Reached = i.State is SentStates.Sent or SentStates.Sending,
                }),
        ];
    }

    /// Every invitation to an exposure conference, with its RSVP answer (`Coming`, null while
    /// unanswered), keyed by the id the invitation was made under (the hub's id of the person).
    public async Task<IReadOnlyList<InvitationAnswer>> InvitationAnswersAsync(CancellationToken cancellationToken = default)
    {
        var answers = new List<InvitationAnswer>();
        var end = InvitePrefix[..^1] + (char)(InvitePrefix[^1] + 1);
        await foreach (var row in store.Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey ge {InvitePrefix} and RowKey lt {end}"),
            select: ["PartitionKey", "RowKey", "Coming"], cancellationToken: cancellationToken))
            answers.Add(new InvitationAnswer(Unescape(row.PartitionKey), ParseDate(row.RowKey[InvitePrefix.Length..]), row.GetBoolean("Coming")));
        return answers;
    }

    /// The coordinators' tasks created at or after `since`, oldest first.
    public async Task<IReadOnlyList<CoordinatorTask>> TasksAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var tasks = new List<CoordinatorTask>();
        await foreach (var row in Rows(TaskPrefix, $"CreatedAt ge datetime'{since.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}'", cancellationToken))
            tasks.Add(ToTask(row));
        return [.. tasks.OrderBy(t => t.CreatedAt).ThenBy(t => t.ParticipantId, StringComparer.Ordinal)];
    }

    /// The coordinators' tasks not yet announced in Teams, oldest first. Rows written before
    /// announcements existed have no `Announced` property and are never announced (they are in
    /// the monthly report).
    public async Task<IReadOnlyList<CoordinatorTask>> UnannouncedTasksAsync(CancellationToken cancellationToken = default)
    {
        var tasks = new List<CoordinatorTask>();
        await foreach (var row in Rows(TaskPrefix, "Announced eq false", cancellationToken)) tasks.Add(ToTask(row));
        return [.. tasks.OrderBy(t => t.CreatedAt).ThenBy(t => t.ParticipantId, StringComparer.Ordinal).ThenBy(t => t.Key, StringComparer.Ordinal)];
    }

    /// After the channel took the announcement (the webhook answered 2xx, or the card was written).
    public async Task MarkAnnouncedAsync(IEnumerable<CoordinatorTask> tasks, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        foreach (var task in tasks)
            await store.Table.UpdateEntityAsync(new TableEntity(Partition(task.ParticipantId), TaskRow(task.Kind, task.Key))
            {
                ["Announced"] = true,
                ["AnnouncedAt"] = at,
            }, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    private static CoordinatorTask ToTask(TableEntity row)
    {
        var dueOn = ParseDate(row.GetString("DueOn"));
        return new CoordinatorTask(Unescape(row.PartitionKey), row.GetString("Kind"), row.GetString("Rule"), dueOn, row.GetString("Key"),
            row.GetDateTimeOffset("CreatedAt") ?? default, row.GetString("Since") is { } since ? ParseDate(since) : dueOn);
    }

    /// SPOT changes not yet handed to the SPOT outbox.
    public async IAsyncEnumerable<FollowUpSpotChange> PendingSpotChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in Rows(SpotPrefix, "Forwarded eq false", cancellationToken))
            yield return new FollowUpSpotChange(Unescape(row.PartitionKey), Unescape(row.RowKey[SpotPrefix.Length..]), row.GetString("Kind"),
                row.GetString("Data"), row.GetDateTimeOffset("CreatedAt") ?? default);
    }

    /// After the SPOT outbox took the change (under `change.Id` as its idempotency key).
    public Task MarkForwardedAsync(FollowUpSpotChange change, CancellationToken cancellationToken = default) =>
        store.Table.UpdateEntityAsync(new TableEntity(Partition(change.ParticipantId), SpotPrefix + Escape(change.Id)) { ["Forwarded"] = true },
            ETag.All, TableUpdateMode.Merge, cancellationToken);

    // Row keys of a kind share a prefix: `prefix` <= key < prefix with its last character bumped.
    private IAsyncEnumerable<TableEntity> Rows(string prefix, string filter, CancellationToken cancellationToken)
    {
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        return store.Table.QueryAsync<TableEntity>($"RowKey ge '{prefix}' and RowKey lt '{end}' and {filter}", cancellationToken: cancellationToken);
    }
}
