using AmtzaHaderech.Integrations.Benchmarks.Generation;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// The ceiling: the storage calls ReferralPipeline makes for each row, in the same order and
/// with the same concurrency (rows one after another; inside a row, the identity reads and the
/// candidate reads each at once), with precomputed keys and fixed payloads, and no reading of
/// the file, parsing, HMACs, matching, screening or JSON. It runs the sequential import's calls.
/// Per row, as the pipeline does it:
///   key read -> duplicate: ledger upsert, done.
///   new or repeat person: identity reads (all at once) -> candidate reads (all at once) ->
///     identity claims, one key after another, in key order (IdentityClaims: a write only where
///     the key does not list the person yet) -> person created with its SPOT change (new) or
///     updated with ETag (merge).
///   then feedback add -> the person's conference invitations read (ConferenceInviter; the
///     benchmark's calendar is empty, so nobody is invited) -> ledger upsert -> key upsert.
/// Then one file summary upsert, as the importer ends.
public sealed class CeilingRun(BenchHost hub, EntityTemplates templates)
{
    private const string Source = Sources.EmploymentService;
    private readonly TableClient _keys = hub.Storage.Table(StorageNames.Tables.IntakeKeys);
    private readonly TableClient _ledger = hub.Storage.Table(StorageNames.Tables.IntakeLedger);
    private readonly TableClient _participants = hub.Storage.Table(StorageNames.Tables.Participants);
    private readonly IdentityIndex _identity = new(hub.Storage);
    private readonly TableClient _outboxIndex = hub.Storage.Table(StorageNames.Tables.Outbox);
    private readonly Azure.Storage.Queues.QueueClient _spotQueue = hub.Storage.Queue(StorageNames.Queues.SpotOutbox);
    private readonly TableClient _feedback = hub.Storage.Table(StorageNames.Tables.Feedback);
    private readonly FollowUpStore _followUps = new(hub.Storage);
    private readonly string _receiptId = Receipts.NewId(Source, TimeProvider.System);

    public async Task<RunResult> RunAsync(IReadOnlyList<RowPlan> plans, CancellationToken cancellationToken = default)
    {
        var meter = RunMeter.Start(hub, plans.Count, "ceiling");
        foreach (var plan in plans)
        {
            await RowAsync(plan, cancellationToken);
            meter.AtRow(plan.Row);
        }
        await _ledger.UpsertEntityAsync(new TableEntity(_receiptId, IntakeLedger.FileSummaryRow), TableUpdateMode.Replace, cancellationToken);
        return new RunResult(plans.Count, await meter.StopAsync(), ReferralPlanner.ExpectedCounts(plans));
    }

    private async Task RowAsync(RowPlan plan, CancellationToken cancellationToken)
    {
        var keyRow = $"{EsFileGenerator.ProgramCode}:{plan.ReferralId}";
        var seen = await _keys.GetEntityIfExistsAsync<TableEntity>(Source, keyRow, cancellationToken: cancellationToken);
        if (seen.HasValue && seen.Value!.GetString("Outcome") != Outcomes.Rejected)
        {
            await UpsertLedgerAsync(plan, Outcomes.Duplicate, cancellationToken);
            return;
        }

        var participantId = plan.Kind is RowKind.NewPerson or RowKind.Repeat ? await SavePersonAsync(plan, cancellationToken) : null;
        try
        {
            await _feedback.AddEntityAsync(EntityTemplates.Copy(templates.Feedback, EsFileGenerator.ProgramCode, $"{plan.ReferralId}|{plan.ExpectedOutcome}"), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // As FeedbackEvents: already recorded.
        }
        if (participantId is not null) await _followUps.InvitationsOfAsync(participantId, cancellationToken);
        await UpsertLedgerAsync(plan, plan.ExpectedOutcome, cancellationToken);
        var key = EntityTemplates.Copy(templates.Key, Source, keyRow);
        key["Outcome"] = plan.ExpectedOutcome;
        key["ParticipantId"] = participantId;
        await _keys.UpsertEntityAsync(key, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<string> SavePersonAsync(RowPlan plan, CancellationToken cancellationToken)
    {
        var ownId = ParticipantId(plan.Row);
        var rows = await Task.WhenAll(LookupKeys(plan).Order(StringComparer.Ordinal).Select(key => _identity.ReadAsync(key, cancellationToken)));
        var loaded = await Task.WhenAll(rows.SelectMany(r => r.Ids).Distinct().Where(id => id != ownId)
            .Select(id => _participants.GetEntityIfExistsAsync<TableEntity>(id, ParticipantStore.PersonRowKey(id), cancellationToken: cancellationToken)));
        var target = loaded.Where(r => r.HasValue).Select(r => r.Value!).FirstOrDefault();

        var id = target?.PartitionKey ?? ownId;
        foreach (var row in rows)
            if (!await _identity.ClaimAsync(row, id, cancellationToken))
                throw new InvalidOperationException($"Row {plan.Row}: an identity claim was lost with nothing else running.");
        var person = EntityTemplates.Copy(templates.Participant, id, ParticipantStore.PersonRowKey(id));
        // The generated repeats change none of the fields SPOT holds, so their merge adds no
        // SPOT change (SpotChanges.ForParticipant); a new person's creation does.
        if (target is not null)
            await _participants.UpdateEntityAsync(person, target.ETag, TableUpdateMode.Replace, cancellationToken);
        else
            await SaveWithOutboxAsync(person, plan.Row, cancellationToken);
        return id;
    }

    // As ParticipantStore.SaveAsync with the SPOT outbox: the person on the pending index, the
    // change's row and the last sequence read, the person and the change in one transaction,
    // then the drainer woken.
    private async Task SaveWithOutboxAsync(TableEntity person, int row, CancellationToken cancellationToken)
    {
        var id = person.PartitionKey;
        await _outboxIndex.UpsertEntityAsync(new TableEntity("spot-pending", id), TableUpdateMode.Replace, cancellationToken);
        var change = EntityTemplates.Copy(templates.OutboxChange, id, OutboxRows.RowKey($"ceiling-{row}"));
        await _participants.GetEntityIfExistsAsync<TableEntity>(id, change.RowKey, ["RowKey"], cancellationToken);
        await _participants.GetEntityIfExistsAsync<TableEntity>(id, OutboxRows.SequenceRowKey(id), [OutboxRows.LastSequence], cancellationToken);
        await _participants.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, person),
            new TableTransactionAction(TableTransactionActionType.Add, change),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, OutboxRows.SequenceEntity(id, 1)),
        ], cancellationToken);
        await _spotQueue.SendMessageAsync(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(id)), cancellationToken);
    }

    private Task UpsertLedgerAsync(RowPlan plan, string outcome, CancellationToken cancellationToken) =>
        _ledger.UpsertEntityAsync(EntityTemplates.Copy(templates.LedgerByOutcome[outcome], _receiptId, plan.Row.ToString("D7")),
            TableUpdateMode.Replace, cancellationToken);

    // The identity keys the row itself brings: national ID, its phones, its valid e-mail.
    private static IEnumerable<string> LookupKeys(RowPlan plan)
    {
        var who = plan.Who;
        yield return IdentityKey("nid", 0, plan.Person);
        yield return IdentityKey("tel", plan.UsesAlternateMobile ? 2 : 1, plan.Person);
        if (who.HasLandline) yield return IdentityKey("tel", 3, plan.Person);
        if (who.Email == EmailKind.Valid) yield return IdentityKey("eml", 0, plan.Person);
    }

    // The same length as the hub's keys (prefix, dash, 40 hex digits) and its ids (26 characters).
    private static string IdentityKey(string kind, int variant, int person) => $"{kind}-{variant}{person:D39}";

    private static string ParticipantId(int row) => row.ToString("D26");
}
