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

    /// The conference calendar: exposure conferences per center code, each a date (the venue's
    /// time and place) or a date with its own time or place. Empty by default.
    public Dictionary<string, List<ConferenceOptions>> Conferences { get; set; } = new(StringComparer.Ordinal);

    /// Where and when each center's conferences usually take place.
    public Dictionary<string, ConferenceVenueOptions> ConferenceVenues { get; set; } = new(StringComparer.Ordinal);

    /// The workshop calendar per center code, in the conferences' shape (docs/workshops.md). Empty by default.
    public Dictionary<string, List<WorkshopOptions>> Workshops { get; set; } = new(StringComparer.Ordinal);

    /// Participants are invited to the workshops of their center in the next this many days.
    [Range(1, 90)]
    public int WorkshopInviteDays { get; set; } = 21;

    /// Days before a workshop at which those signed up are reminded. Left unset, 3 and 1 (the morning before).
    public List<int>? WorkshopReminderDays { get; set; }

    /// Hours a waiting participant has to take a seat offered to them before it goes to the next.
    [Range(1, 168)]
    public int WorkshopOfferHours { get; set; } = 24;

    /// The marked sign-up lists of the sessions of today and this many days before are read back
    /// every evening (a coordinator who marks the list a few days late loses nothing).
    [Range(0, 60)]
    public int WorkshopListReadDays { get; set; } = 7;

    public IReadOnlyList<int> WorkshopReminderDaysOrDefaults() => WorkshopReminderDays ?? [3, 1];

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
        Conferences.TryGetValue(center, out var dates) ? dates.Select(c => c.Date).Where(d => d > after).Distinct().Order() : [];

    /// The center's conference of that day, with its time and place (the venue's where it says
    /// none); null when the calendar holds no such conference or it is incomplete.
    public ConferenceDetails? Conference(string? center, DateOnly date)
    {
        if (center is null || !Conferences.TryGetValue(center, out var dates) || dates.FirstOrDefault(c => c.Date == date) is not { } conference)
            return null;
        var venue = ConferenceVenues.GetValueOrDefault(center) ?? new ConferenceVenueOptions();
        var time = conference.Time ?? venue.Time;
        var address = conference.Address ?? venue.Address;
        if (time is null || string.IsNullOrWhiteSpace(address)) return null;
        var ownPlace = conference.Address is not null;
        return new ConferenceDetails(date, time.Value, address,
            ownPlace ? conference.AddressTranslations : venue.AddressTranslations,
            conference.MapUrl ?? (ownPlace ? null : venue.MapUrl),
            conference.Directions ?? (ownPlace ? null : venue.Directions),
            conference.Directions is not null ? conference.DirectionsTranslations : ownPlace ? new Dictionary<string, string>() : venue.DirectionsTranslations);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetentionMonthsOrDefaults().Any(k => k is < 1 or > 240))
            yield return new ValidationResult("RetentionMonths must be between 1 and 240.", [nameof(RetentionMonths)]);
        foreach (var (center, conferences) in Conferences)
            for (var i = 0; i < conferences.Count; i++)
                if (Conference(center, conferences[i].Date) is null)
                    yield return new ValidationResult(
                        $"Conferences:{center}:{i} ({conferences[i].Date:yyyy-MM-dd}) needs a start time and an address: its own, or ConferenceVenues:{center}'s (Time, Address).",
                        [nameof(Conferences)]);
        foreach (var (name, url) in ConferenceVenues.Select(v => ($"ConferenceVenues:{v.Key}", v.Value.MapUrl))
            .Concat(Conferences.SelectMany(c => c.Value.Select((d, i) => ($"Conferences:{c.Key}:{i}", d.MapUrl)))))
            if (url is not null && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps))
                yield return new ValidationResult($"{name}:MapUrl must be an https address.", [nameof(ConferenceVenues)]);
        foreach (var result in WorkshopCalendar.Validate(this)) yield return result;
        if (WorkshopReminderDaysOrDefaults().Any(d => d is < 1 or > 30))
            yield return new ValidationResult("WorkshopReminderDays must be between 1 and 30.", [nameof(WorkshopReminderDays)]);
    }
}
