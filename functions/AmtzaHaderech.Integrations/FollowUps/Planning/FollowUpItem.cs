using System.Globalization;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// One follow-up in the plan. `Months` is k for retention and exit items, else null; `EpisodeId`
/// the placement episode for retention and exit items, else null. `SendAt` is set only when the
/// item is deferred by a quiet time.
public sealed record FollowUpItem(
    string ParticipantId, string Rule, int? Months, string? EpisodeId, DateOnly DueOn,
    string Channel, string Status, DateTimeOffset? SendAt)
{
    /// The idempotency key: (participant, rule, episode, k or due date). Each key is sent at most once.
    public string Key => KeyOf(ParticipantId, Rule, EpisodeId, Months, DueOn);

    public static string KeyOf(string participantId, string rule, string? episodeId, int? months, DateOnly dueOn) =>
        string.Join('|', participantId, rule, episodeId,
            months is { } k ? k.ToString(CultureInfo.InvariantCulture) : dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

/// What is due at `AsOf`, in the plan's order (due date, participant, rule).
public sealed record FollowUpPlan(DateOnly AsOf, IReadOnlyList<FollowUpItem> Items);
