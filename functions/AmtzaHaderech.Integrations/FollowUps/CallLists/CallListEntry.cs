namespace AmtzaHaderech.Integrations.FollowUps.CallLists;

/// One person on a coordinator's call list: who, how to reach them, why to call (in Hebrew,
/// every reason that applies), and since when nobody has spoken with them. `Name` and `Phone`
/// are SPOT's, as they are (made cell-safe when written).
public sealed record CallListEntry(string ParticipantId, string Name, string? Phone, string Reason, DateOnly? LatestContact, int? DaysSince)
{
    /// One entry per person, their reasons joined, the longest-waiting first (who to call first
    /// is who waited longest), then by id so the order is the same every time.
    public static IReadOnlyList<CallListEntry> PerPerson(IEnumerable<CallListEntry> entries) =>
    [
        .. entries.GroupBy(e => e.ParticipantId, StringComparer.Ordinal)
            .Select(g => g.First() with { Reason = string.Join("; ", g.Select(e => e.Reason).Distinct(StringComparer.Ordinal)) })
            .OrderBy(e => e.LatestContact ?? DateOnly.MaxValue).ThenBy(e => e.ParticipantId, StringComparer.Ordinal),
    ];
}
