namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// One workshop session of a center's calendar (`FollowUps:Workshops:<center>:<n>`), in the
/// shape of a conference: the day, the start `Time` and `Address` (the center's
/// `ConferenceVenues` entry when it says none), and what a workshop adds: its `Title`, when it
/// ends and how many `Seats` it has.
public sealed class WorkshopOptions : ConferenceVenueOptions
{
    public DateOnly Date { get; set; }

    /// The title as staff and SPOT name the workshop ("סדנת קורות חיים"); the evaluation report
    /// groups attendances by it.
    public string? Title { get; set; }
    public Dictionary<string, string> TitleTranslations { get; set; } = new(StringComparer.Ordinal);

    /// When it ends, `HH:mm`.
    public TimeOnly? End { get; set; }

    public int Seats { get; set; }
}
