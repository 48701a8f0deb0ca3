using System.ComponentModel;
using System.Globalization;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// Where and when a center's exposure conferences usually take place (`FollowUps:ConferenceVenues:<center>`):
/// the start time, the address, a map link, and how to get there. A conference of the calendar
/// takes what it does not say itself from here.
public class ConferenceVenueOptions
{
    /// The start time, `HH:mm`, Israel time.
    public TimeOnly? Time { get; set; }

    /// The address as participants read it: "בית יד לבנים, רחוב ויצמן 14, כפר סבא".
    public string? Address { get; set; }
    public Dictionary<string, string> AddressTranslations { get; set; } = new(StringComparer.Ordinal);

    /// A map of the place (Google Maps, Waze), shown on the RSVP page; never in a message.
    public Uri? MapUrl { get; set; }

    /// How to get there: buses, parking, the entrance. Shown on the RSVP page.
    public string? Directions { get; set; }
    public Dictionary<string, string> DirectionsTranslations { get; set; } = new(StringComparer.Ordinal);
}

/// One conference of the calendar (`FollowUps:Conferences:<center>:<n>`): a date alone
/// (`"2026-12-07"`: the venue's time and place), or an object that also says its own time or
/// place (`{ "Date": "2027-01-11", "Time": "17:00", "Address": "..." }`).
[TypeConverter(typeof(ConferenceDateConverter))]
public sealed class ConferenceOptions : ConferenceVenueOptions
{
    public DateOnly Date { get; set; }
}

/// A conference written as a date alone.
internal sealed class ConferenceDateConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text && DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date)
            ? new ConferenceOptions { Date = date }
            : throw new FormatException($"'{value}' is not a conference date (yyyy-MM-dd).");
}

/// A conference with everything a participant is told about it: the day, the start time, the
/// place, and (when configured) a map and how to get there.
public sealed record ConferenceDetails(
    DateOnly Date, TimeOnly Time, string Address, IReadOnlyDictionary<string, string> AddressTranslations,
    Uri? MapUrl, string? Directions, IReadOnlyDictionary<string, string> DirectionsTranslations)
{
    public string AddressIn(Language language) => Translations.Pick(Address, AddressTranslations, language);

    public string? DirectionsIn(Language language) =>
        Directions is null ? null : Translations.Pick(Directions, DirectionsTranslations, language);

    /// The last day a person can still answer or change their answer through the link: the day before.
    public DateOnly LastDayToAnswer => Date.AddDays(-1);
}
