using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// The workshop calendar of `FollowUps:Workshops` (docs/workshops.md), each session complete:
/// the place of the center's venue where the session names none. Pure.
public static class WorkshopCalendar
{
    public const int MaxSeats = 500;

    /// Every complete session of every center, by day and start time.
    public static IReadOnlyList<WorkshopSession> Sessions(FollowUpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sessions = new List<WorkshopSession>();
        foreach (var (center, workshops) in options.Workshops)
            foreach (var workshop in workshops)
                if (Session(options, center, workshop) is { } session) sessions.Add(session);
        return [.. sessions.OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// The center's sessions after `after` and up to `until` (inclusive).
    public static IEnumerable<WorkshopSession> Between(FollowUpsOptions options, string? center, DateOnly after, DateOnly until) =>
        Sessions(options).Where(s => s.Center == center && s.Date > after && s.Date <= until);

    public static WorkshopSession? Find(FollowUpsOptions options, string sessionId) =>
        Sessions(options).FirstOrDefault(s => s.Id == sessionId);

    private static WorkshopSession? Session(FollowUpsOptions options, string center, WorkshopOptions workshop)
    {
        var venue = options.ConferenceVenues.GetValueOrDefault(center) ?? new ConferenceVenueOptions();
        var address = workshop.Address ?? venue.Address;
        var start = workshop.Time ?? venue.Time;
        if (string.IsNullOrWhiteSpace(workshop.Title) || start is null || workshop.End is not { } end || end <= start
            || string.IsNullOrWhiteSpace(address) || workshop.Seats is < 1 or > MaxSeats)
            return null;
        var ownPlace = workshop.Address is not null;
        return new WorkshopSession(WorkshopSession.IdOf(center, workshop.Date, start.Value), center, workshop.Title.Trim(), workshop.TitleTranslations,
            workshop.Date, start.Value, end, address, ownPlace ? workshop.AddressTranslations : venue.AddressTranslations,
            workshop.MapUrl ?? (ownPlace ? null : venue.MapUrl), workshop.Seats);
    }

    /// What the host refuses to start with, each naming the setting.
    public static IEnumerable<ValidationResult> Validate(FollowUpsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (center, workshops) in options.Workshops)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < workshops.Count; i++)
            {
                var name = $"Workshops:{center}:{i} ({workshops[i].Date:yyyy-MM-dd})";
                var session = Session(options, center, workshops[i]);
                if (session is null)
                    yield return new ValidationResult(
                        $"{name} needs a Title, a start Time and an End after it, a place (its own Address or ConferenceVenues:{center}'s) and Seats from 1 to {MaxSeats}.",
                        [nameof(FollowUpsOptions.Workshops)]);
                else if (!ids.Add(session.Id))
                    yield return new ValidationResult($"{name}: another workshop of {center} starts at the same day and time.", [nameof(FollowUpsOptions.Workshops)]);
                if (workshops[i].MapUrl is { } url && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps))
                    yield return new ValidationResult($"{name}:MapUrl must be an https address.", [nameof(FollowUpsOptions.Workshops)]);
            }
        }
    }
}
