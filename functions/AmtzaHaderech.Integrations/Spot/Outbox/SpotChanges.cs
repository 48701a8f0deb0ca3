using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmtzaHaderech.Integrations.Participants;

namespace AmtzaHaderech.Integrations.Spot.Outbox;

/// Makes the SPOT changes the hub's events cause. Ids come from the cause's own key, so the same
/// cause (a re-run after a crash, a re-delivery) always makes the same change.
public static class SpotChanges
{
    public static string IdFor(string causeKey, string kind) =>
        new Ulid(SHA256.HashData(Encoding.UTF8.GetBytes($"spot-change:{kind}:{causeKey}")).AsSpan(0, 16)).ToString();

    /// A new person (every known field), or the SPOT fields a merge changed; null when the merge
    /// changed nothing SPOT shows (a second referral of someone SPOT already has as they are),
    /// and for a record without consent (docs/municipal-lists.md: kept, not pushed to SPOT). A person
    /// only such records brought counts as new when a record with consent comes.
    public static SpotChange? ForParticipant(ParticipantChange change, DateTimeOffset now)
    {
        if (!change.Consented) return null;
        var after = SpotFields.Of(change.After);
        var before = change.Before is { } earlier && KnownToSpot(earlier) ? SpotFields.Of(earlier) : null;
        IReadOnlyList<string> changed = [.. SpotFields.Columns.Where(c =>
            after.TryGetValue(c, out var value) && (before is null || before.GetValueOrDefault(c) != value))];
        if (changed.Count == 0) return null;
        return New(change.CauseKey, SpotChangeKinds.Participant, change.After.Id, now) with { Fields = after, ChangedFields = changed };
    }

    // SPOT's own people carry its id; every arrival with consent is screened (docs/screening.md), so a
    // person without either came only from records without consent and was never sent.
    private static bool KnownToSpot(Participant person) => person.SpotId is not null || person.Screening is not null;

    /// `causeKey`: what brought the answer (a status form's token, a follow-up item's id).
    public static SpotChange ForEmploymentStatus(string causeKey, string participantId, SpotEmploymentStatus status, DateTimeOffset now) =>
        New(causeKey, SpotChangeKinds.EmploymentStatus, participantId, now) with { EmploymentStatus = status };

    /// `causeKey`: what the activity records (a message's id, an RSVP's token).
    public static SpotChange ForActivity(string causeKey, string participantId, SpotActivityEntry activity, DateTimeOffset now) =>
        New(causeKey, SpotChangeKinds.Activity, participantId, now) with { Activity = activity };

    private static SpotChange New(string causeKey, string kind, string participantId, DateTimeOffset now) =>
        new() { Id = IdFor(causeKey, kind), Kind = kind, ParticipantId = participantId, CreatedAt = now };

    public static OutboxEntry ToEntry(SpotChange change) =>
        new(change.Id, change.Kind, JsonSerializer.Serialize(change, ParticipantStore.Json), change.CreatedAt);

    public static SpotChange FromData(string data) => JsonSerializer.Deserialize<SpotChange>(data, ParticipantStore.Json)!;
}
