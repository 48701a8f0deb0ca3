using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.FollowUps.Calendar;

/// Section `QuietTimes`: when the hub may not message participants (Israel wall-clock times).
/// Documented in docs/quiet-times.md.
public sealed class QuietTimesOptions : IValidatableObject
{
    public const string Section = "QuietTimes";

    /// Every night is quiet from NightStart until NightEnd the next morning.
    public TimeOnly NightStart { get; set; } = new(21, 0);
    public TimeOnly NightEnd { get; set; } = new(8, 0);

    /// Friday, and the eve of a holiday, are quiet from this time on.
    public TimeOnly FridayAndEveStart { get; set; } = new(14, 0);

    /// Shabbat, a holiday and a memorial day are quiet from midnight until this time.
    public TimeOnly ResumeAfterRestAt { get; set; } = new(21, 0);

    /// A follow-up is sent at this time on its due date, or at the next allowed time.
    public TimeOnly SendAt { get; set; } = new(10, 0);

    /// Holocaust Remembrance Day and Memorial Day. Left unset, the shipped list
    /// (DefaultMemorialDays, 2024-2035) applies; a configured list replaces it entirely (the
    /// configuration binder would append to a pre-filled list instead of replacing it).
    public List<DateOnly>? MemorialDays { get; set; }

    public IReadOnlyList<DateOnly> MemorialDaysOrDefaults() => MemorialDays ?? DefaultMemorialDays.All;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NightStart == NightEnd)
            yield return new ValidationResult("NightStart and NightEnd must differ.", [nameof(NightStart), nameof(NightEnd)]);
    }
}
