using System.Text.Json;
using AmtzaHaderech.Integrations.Storage;
using Azure;
using Azure.Data.Tables;

namespace AmtzaHaderech.Integrations.Participants;

/// Participants in Table storage, one partition per person (row `person`), the document as
/// JSON, and the identity index (partition = identity key, row = participant id).
public sealed class ParticipantStore(HubStorage storage, IdentityKeys identityKeys)
{
    public const string PersonRow = "person";
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Participants => storage.Table(StorageNames.Tables.Participants);
    private TableClient Identity => storage.Table(StorageNames.Tables.Identity);

    public async Task<StoredParticipant?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await Participants.GetEntityIfExistsAsync<TableEntity>(id, PersonRow, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is null) return null;
        var entity = response.Value;
        return new StoredParticipant(JsonSerializer.Deserialize<Participant>(entity.GetString("Data"), Json)!, entity.ETag);
    }

    /// Writes the person; with an ETag, only if nobody changed them meanwhile (412 otherwise).
    public async Task SaveAsync(Participant participant, ETag? ifMatch, CancellationToken cancellationToken = default)
    {
        var entity = ToEntity(participant);
        if (ifMatch is { } etag)
            await Participants.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
        else
            await Participants.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public static TableEntity ToEntity(Participant participant) => new(participant.Id, PersonRow)
    {
        ["Data"] = JsonSerializer.Serialize(participant, Json),
        ["SpotId"] = participant.SpotId,
        ["Center"] = participant.Center,
    };

    /// Ids of the people who share any identity key with the given values.
    public async Task<IReadOnlySet<string>> CandidateIdsAsync(string? nationalId, IEnumerable<string> phones, IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lookups = identityKeys.AllFor(nationalId, phones, emails).Distinct().Select(async key =>
        {
            var found = new List<string>();
            await foreach (var row in Identity.QueryAsync<TableEntity>(e => e.PartitionKey == key, select: ["RowKey"], cancellationToken: cancellationToken))
                found.Add(row.RowKey);
            return found;
        });
        foreach (var found in await Task.WhenAll(lookups)) ids.UnionWith(found);
        return ids;
    }

    /// Adds the person's keys to the index. Idempotent: re-running writes the same rows.
    public async Task IndexAsync(Participant participant, CancellationToken cancellationToken = default)
    {
        var keys = identityKeys.AllFor(participant.NationalId, participant.Phones, participant.Emails).Distinct();
        await Task.WhenAll(keys.Select(key =>
            Identity.UpsertEntityAsync(new TableEntity(key, participant.Id), TableUpdateMode.Replace, cancellationToken)));
    }

    public async IAsyncEnumerable<Participant> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in Participants.QueryAsync<TableEntity>(e => e.RowKey == PersonRow, cancellationToken: cancellationToken))
            yield return JsonSerializer.Deserialize<Participant>(entity.GetString("Data"), Json)!;
    }
}

public sealed record StoredParticipant(Participant Participant, ETag ETag);
