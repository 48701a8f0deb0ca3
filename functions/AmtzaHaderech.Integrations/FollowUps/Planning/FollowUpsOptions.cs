using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// Section `FollowUps`: which follow-ups fall due and when (docs/follow-ups.md).
public sealed class FollowUpsOptions : IValidatableObject
{
    public const string Section = "FollowUps";

    public static readonly IReadOnlyList<int> DefaultRetentionMonths = [3, 6, 12, 15, 24];

    /// Months after a placement episode's start at which a retention check is due. Left unset,
    /// the contract's 3, 6, 12, 15, 24 apply; a configured list replaces them (the binder would
    /// append to a pre-filled list).
    public List<int>? RetentionMonths { get; set; }

    /// Days after the latest contact (or latest check-in sent) at which a quarterly check-in is due.
    [Range(1, 3650)]
    public int QuarterlyDays { get; set; } = 90;

    /// Months after the first placement's start at which the exit check is due.
    [Range(1, 120)]
    public int ExitMonths { get; set; } = 6;

    /// Items due this many days or more before the previous run are expired, never sent.
    [Range(1, 365)]
    public int CatchUpDays { get; set; } = 14;

    /// Days before an exposure conference at which invitees are reminded.
    [Range(1, 60)]
    public int ConferenceReminderDays { get; set; } = 3;

    /// The conference calendar: exposure conference dates per center code. Empty by default.
    public Dictionary<string, List<DateOnly>> Conferences { get; set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<int> RetentionMonthsOrDefaults() => RetentionMonths ?? DefaultRetentionMonths;

    /// How many of the center's later conferences the RSVP page offers instead of the invited
    /// one ("I'd rather another date"); 0 offers none.
    [Range(0, 10)]
    public int RsvpOtherDates { get; set; } = 3;

    /// The center's first conference after the given day, or null when none is scheduled.
    public DateOnly? NextConference(string center, DateOnly after) =>
        ConferencesAfter(center, after).Select(d => (DateOnly?)d).FirstOrDefault();

    /// The center's conferences after the given day, earliest first, each once.
    public IEnumerable<DateOnly> ConferencesAfter(string center, DateOnly after) =>
        Conferences.TryGetValue(center, out var dates) ? dates.Where(d => d > after).Distinct().Order() : [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetentionMonthsOrDefaults().Any(k => k is < 1 or > 240))
            yield return new ValidationResult("RetentionMonths must be between 1 and 240.", [nameof(RetentionMonths)]);
    }
}
