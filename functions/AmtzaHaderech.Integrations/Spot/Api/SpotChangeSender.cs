using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// Delivers one outbox change through SPOT's REST interface. A person SPOT does not know yet is
/// created (409: SPOT has the national ID already, so the hub re-links to SPOT's record); a known
/// one gets only the fields SPOT has empty (staff's entries are never overwritten), by merge-patch
/// with If-Match, re-read and re-applied on 412; a 404 re-links by lookup.
internal sealed class SpotChangeSender(SpotApiClient api, ParticipantStore participants)
{
    private const int Rounds = 5;

    public async Task<SpotDelivery> SendAsync(StoredSpotChange stored, CancellationToken cancellationToken)
    {
        var (change, key) = (stored.Change, stored.IdempotencyKey);
        if (await participants.GetAsync(change.ParticipantId, cancellationToken) is not { } current)
            return SpotDelivery.Quarantine("participant_missing: the hub no longer holds this person");
        var person = current.Participant;
        return change.Kind switch
        {
            SpotChangeKinds.Participant => await UpsertAsync(person, change, key, cancellationToken),
            SpotChangeKinds.EmploymentStatus when change.EmploymentStatus is { } status =>
                await PostForPersonAsync(person, key, "employment-status", status, cancellationToken),
            SpotChangeKinds.Activity when change.Activity is { } activity =>
                await PostForPersonAsync(person, key, "activities", activity, cancellationToken),
            _ => SpotDelivery.Quarantine($"unknown_change: kind {change.Kind} without its data"),
        };
    }

    private async Task<SpotDelivery> UpsertAsync(Participant person, SpotChange change, string key, CancellationToken cancellationToken)
    {
        var spotId = person.SpotId;
        var columns = change.ChangedFields;
        for (var round = 0; round < Rounds; round++)
        {
            if (spotId is null)
            {
                var created = await api.PostAsync("v1/participants", Body(change.Fields, change.Fields.Keys), key, cancellationToken);
                if (created.IsSuccess && created.Text("participantId") is { } newId) return SpotDelivery.Delivered(newId);
                if (created.Status != 409 || created.Text("participantId") is not { } existing) return SpotDelivery.From(created);
                // SPOT has the person already: theirs is the record; fill what it lacks.
                spotId = existing;
                columns = [.. change.Fields.Keys];
                continue;
            }

            var path = "v1/participants/" + Uri.EscapeDataString(spotId);
            var current = await api.GetAsync(path, cancellationToken);
            if (current.Status == 404)
            {
                var found = await LookupAsync(person, cancellationToken);
                spotId = found == spotId ? null : found;
                columns = [.. change.Fields.Keys];
                continue;
            }
            if (!current.IsSuccess) return SpotDelivery.From(current);
            var gaps = columns.Where(c => change.Fields.ContainsKey(c) && IsEmpty(current, SpotFields.JsonName(c))).ToList();
            if (gaps.Count == 0) return SpotDelivery.Delivered(LinkOf(person, spotId));
            var patched = await api.PatchAsync(path, Body(change.Fields, gaps), current.ETag ?? "*", cancellationToken);
            if (patched.IsSuccess) return SpotDelivery.Delivered(LinkOf(person, spotId));
            // 412: changed since we read it, so read again and re-apply; 404: re-link at the next read.
            if (patched.Status is not (412 or 404)) return SpotDelivery.From(patched);
        }
        return SpotDelivery.Retry("412: SPOT's record kept changing while the hub applied the change");
    }

    private async Task<SpotDelivery> PostForPersonAsync(Participant person, string key, string segment, object body, CancellationToken cancellationToken)
    {
        var spotId = person.SpotId ?? await LookupAsync(person, cancellationToken);
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (spotId is not null && tried.Add(spotId))
        {
            // Keyed by change and target: a re-linked post is another request, not a replay.
            var response = await api.PostAsync($"v1/participants/{Uri.EscapeDataString(spotId)}/{segment}", body, $"{key}.{spotId}", cancellationToken);
            if (response.IsSuccess) return SpotDelivery.Delivered(LinkOf(person, spotId));
            if (response.Status != 404) return SpotDelivery.From(response);
            spotId = await LookupAsync(person, cancellationToken);
        }
        return SpotDelivery.Quarantine("participant_not_in_spot: SPOT has no record of this person; once it has, retry the change");
    }

    /// SPOT's id for the person by national ID, then phone, then e-mail; only an unambiguous
    /// answer counts. Null when SPOT does not know them.
    private async Task<string?> LookupAsync(Participant person, CancellationToken cancellationToken)
    {
        (string Key, string? Value)[] keys = [("nationalId", person.NationalId), ("phone", person.Phones.FirstOrDefault()), ("email", person.Emails.FirstOrDefault())];
        foreach (var (key, value) in keys.Where(k => k.Value is { Length: > 0 }))
        {
            var found = await api.GetAsync($"v1/participants/lookup?{key}={Uri.EscapeDataString(value!)}", cancellationToken);
            if (found.Status is 429 or >= 500) throw new SpotUnavailableException("lookup: " + found.Describe(), found.RetryAfter);
            if (!found.IsSuccess || found.Body is not { } body || !body.TryGetProperty("items", out var items)
                || items.ValueKind != System.Text.Json.JsonValueKind.Array || items.GetArrayLength() != 1)
                continue;
            var item = items[0];
            if (item.TryGetProperty("participantId", out var id) && id.GetString() is { Length: > 0 } spotId) return spotId;
        }
        return null;
    }

    private static Dictionary<string, string> Body(IReadOnlyDictionary<string, string> fields, IEnumerable<string> columns) =>
        columns.Where(fields.ContainsKey).ToDictionary(SpotFields.JsonName, c => fields[c]);

    private static bool IsEmpty(SpotResponse record, string name) =>
        record.Body is not { ValueKind: System.Text.Json.JsonValueKind.Object } body
        || !body.TryGetProperty(name, out var value)
        || value.ValueKind == System.Text.Json.JsonValueKind.Null
        || (value.ValueKind == System.Text.Json.JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));

    private static string? LinkOf(Participant person, string spotId) => person.SpotId == spotId ? null : spotId;
}
