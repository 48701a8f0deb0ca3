using System.Text.Json;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Participants;

/// Participants in Table storage, one partition per person: the person's row (the document as
/// JSON) and their outbox rows; and the identity index (IdentityIndex) that finds them.
public sealed class ParticipantStore(HubStorage storage, IdentityKeys identityKeys)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IdentityIndex _index = new(storage);
    private TableClient Participants => storage.Table(StorageNames.Tables.Participants);

    /// The person's row key, `person:{id}`. It carries the id, not a constant `person`, because
    /// the emulator (Azurite) looks a point read up by row key first: with one row key shared by
    /// everybody, each read there would scan every person (docs/benchmarks.md, "Matching").
    public static string PersonRowKey(string participantId) => "person:" + participantId;

    /// Table filter for every person's row (and none of their outbox rows).
    public static readonly string EveryPerson = TableClient.CreateQueryFilter($"RowKey ge {"person:"} and RowKey lt {"person;"}");

    public async Task<StoredParticipant?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await Participants.GetEntityIfExistsAsync<TableEntity>(id, PersonRowKey(id), cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is null) return null;
        var entity = response.Value;
        return new StoredParticipant(JsonSerializer.Deserialize<Participant>(entity.GetString("Data"), Json)!, entity.ETag);
    }

    /// Writes the person alone (no outbound system hears of it); with an ETag, only if nobody
    /// changed them meanwhile (412 otherwise).
    public async Task SavePersonAsync(Participant participant, ETag? ifMatch, CancellationToken cancellationToken = default)
    {
        var entity = ToEntity(participant);
        if (ifMatch is { } etag)
            await Participants.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
        else
            await Participants.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// Writes the person and, in the same transaction, the outbox entries not already there: an
    /// earlier run of the same cause wrote those, and they may be sent already, so they stay as
    /// they are. With an ETag, only if nobody changed the person meanwhile (412 otherwise).
    /// With `createOnly`, only if nobody wrote the person before (409 otherwise).
    public Task SavePersonWithEntriesAsync(Participant participant, ETag? ifMatch, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken = default, bool createOnly = false)
    {
        var person = ifMatch is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(participant), etag)
            : new TableTransactionAction(createOnly ? TableTransactionActionType.Add : TableTransactionActionType.UpsertReplace, ToEntity(participant));
        return SubmitWithOutboxAsync(participant.Id, [person], outbox, cancellationToken);
    }

    /// Saves a changed person with what every outbound system must hear of the change (SPOT: the
    /// change to send), in one transaction; each outbox is told before it (so its drainer will
    /// look at the person) and after it committed (to wake the drainer).
    public async Task SaveChangeAsync(ParticipantChange change, ETag? ifMatch, IEnumerable<IParticipantOutbox> outboxes, CancellationToken cancellationToken = default,
        bool createOnly = false)
    {
        var writing = outboxes.Select(o => (Outbox: o, Entries: o.EntriesFor(change))).Where(w => w.Entries.Count > 0).ToList();
        foreach (var (outbox, _) in writing) await outbox.PrepareAsync(change.After.Id, cancellationToken);
        await SavePersonWithEntriesAsync(change.After, ifMatch, [.. writing.SelectMany(w => w.Entries)], cancellationToken, createOnly);
        foreach (var (outbox, _) in writing) await outbox.CommittedAsync(change.After.Id, cancellationToken);
    }

    /// Adds outbox entries for a person without changing the person (a status answer, an activity).
    public Task AddOutboxAsync(string participantId, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken = default) =>
        SubmitWithOutboxAsync(participantId, [], outbox, cancellationToken);

    private Task SubmitWithOutboxAsync(string participantId, List<TableTransactionAction> actions, IReadOnlyList<OutboxEntry> outbox,
        CancellationToken cancellationToken)
    {
        var entries = outbox.DistinctBy(e => e.Id).ToList();
        var fresh = 0;
        return OptimisticWrites.RetryAsync(async _ =>
        {
            var written = await Task.WhenAll(entries.Select(e => ExistsAsync(participantId, OutboxRows.RowKey(e.Id), cancellationToken)));
            var missing = entries.Where((_, i) => !written[i]).ToList();
            fresh = missing.Count;
            var submit = new List<TableTransactionAction>(actions);
            if (missing.Count > 0)
            {
                // The sequence keeps a person's changes in the order they were made; its last value
                // is a row of its own, so numbering the next one is a point read, not a query.
                var sequence = await LastSequenceAsync(participantId, cancellationToken);
                foreach (var entry in missing)
                    submit.Add(new TableTransactionAction(TableTransactionActionType.Add, OutboxRows.ToEntity(participantId, entry, ++sequence)));
                submit.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, OutboxRows.SequenceEntity(participantId, sequence)));
            }
            if (submit.Count > 0) await Participants.SubmitTransactionAsync(submit, cancellationToken);
        }, cancellationToken,
        // Another host wrote one of these entries meanwhile (the same cause handled twice at once):
        // look again, and write what is still missing. A conflict on the person (a stale ETag, a
        // person created meanwhile) is the caller's to handle.
        raced: e => e.Status == 409 && fresh > 0
            && (e is not TableTransactionFailedException { FailedTransactionActionIndex: { } failed } || failed >= actions.Count));
    }

    private async Task<bool> ExistsAsync(string participantId, string rowKey, CancellationToken cancellationToken) =>
        (await Participants.GetEntityIfExistsAsync<TableEntity>(participantId, rowKey, ["RowKey"], cancellationToken)).HasValue;

    private async Task<long> LastSequenceAsync(string participantId, CancellationToken cancellationToken)
    {
        var row = await Participants.GetEntityIfExistsAsync<TableEntity>(participantId, OutboxRows.SequenceRowKey(participantId), [OutboxRows.LastSequence], cancellationToken);
        return row.HasValue && row.Value is { } entity ? entity.GetInt64(OutboxRows.LastSequence) ?? 0 : 0;
    }

    /// SPOT ids the hub has stored on its people (after creating them in SPOT, or re-linking),
    /// SPOT id -> hub id, so SPOT's rows about them land on the same person.
    public async Task<IReadOnlyDictionary<string, string>> SpotLinksAsync(CancellationToken cancellationToken = default)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = $"{EveryPerson} and {TableClient.CreateQueryFilter($"SpotId gt {""}")}";
        await foreach (var row in Participants.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "SpotId"], cancellationToken: cancellationToken))
        {
            var spotId = row.GetString("SpotId");
            // Two people claiming one SPOT id (a re-link): the first by hub id, every time.
            if (!links.TryGetValue(spotId, out var hubId) || string.CompareOrdinal(row.PartitionKey, hubId) < 0)
                links[spotId] = row.PartitionKey;
        }
        return links;
    }

    public static TableEntity ToEntity(Participant participant) => new(participant.Id, PersonRowKey(participant.Id))
    {
        ["Data"] = JsonSerializer.Serialize(participant, Json),
        ["SpotId"] = participant.SpotId,
        ["Center"] = participant.Center,
    };

    /// Ids of the people who share any identity key with the given values.
    public async Task<IReadOnlySet<string>> CandidateIdsAsync(string? nationalId, IEnumerable<string> phones, IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var keys = identityKeys.AllFor(nationalId, phones, emails).Distinct();
        var found = await Task.WhenAll(keys.Select(key => _index.PeopleWithAsync(key, cancellationToken)));
        return found.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
    }

    /// Adds the person's keys to the index. Idempotent: re-running changes nothing.
    public Task IndexAsync(Participant participant, CancellationToken cancellationToken = default) =>
        Task.WhenAll(identityKeys.AllFor(participant.NationalId, participant.Phones, participant.Emails).Distinct()
            .Select(key => _index.AddAsync(key, participant.Id, cancellationToken)));

    public async IAsyncEnumerable<Participant> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in Participants.QueryAsync<TableEntity>(EveryPerson, cancellationToken: cancellationToken))
            yield return JsonSerializer.Deserialize<Participant>(entity.GetString("Data"), Json)!;
    }
}

public sealed record StoredParticipant(Participant Participant, ETag ETag);
