using System.ComponentModel.DataAnnotations;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using Microsoft.Extensions.Configuration;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// The conference calendar as it is configured: a date alone takes the center's venue; a date
/// with its own time or place keeps them; a conference without a time or place stops the host.
public class ConferenceCalendarTests
{
    private static FollowUpsOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(FollowUpsOptions.Section).Get<FollowUpsOptions>()!;

    private static readonly Dictionary<string, string?> Venue = new()
    {
        ["FollowUps:ConferenceVenues:ksb:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:ksb:Address"] = "רחוב ויצמן 140, כפר סבא",
        ["FollowUps:ConferenceVenues:ksb:AddressTranslations:ru"] = "ул. Вейцман 140, Кфар-Саба",
        ["FollowUps:ConferenceVenues:ksb:MapUrl"] = "https://maps.example.org/?q=140",
        ["FollowUps:ConferenceVenues:ksb:Directions"] = "אוטובוס 29",
    };

    [Fact]
    public void Conference_DateAlone_TheVenuesTimeAndPlace()
    {
        var options = Bind(new(Venue) { ["FollowUps:Conferences:ksb:0"] = "2026-12-07" });

        var details = options.Conference("ksb", new DateOnly(2026, 12, 7))!;

        Assert.Equal((new TimeOnly(10, 0), "רחוב ויצמן 140, כפר סבא", "https://maps.example.org/?q=140", "אוטובוס 29"),
            (details.Time, details.Address, details.MapUrl!.AbsoluteUri, details.Directions));
        Assert.Equal("ул. Вейцман 140, Кфар-Саба", details.AddressIn(TextCatalog.Embedded.Resolve("ru")));
        Assert.Empty(options.Validate(new ValidationContext(options)));
    }

    [Fact]
    public void Conference_OwnTimeAndPlace_KeptWithoutTheVenuesMapOrDirections()
    {
        var options = Bind(new(Venue)
        {
            ["FollowUps:Conferences:ksb:0:Date"] = "2027-01-11",
            ["FollowUps:Conferences:ksb:0:Time"] = "17:30",
            ["FollowUps:Conferences:ksb:0:Address"] = "אולם העירייה, כפר סבא",
        });

        var details = options.Conference("ksb", new DateOnly(2027, 1, 11))!;

        Assert.Equal((new TimeOnly(17, 30), "אולם העירייה, כפר סבא"), (details.Time, details.Address));
        Assert.Null(details.MapUrl);
        Assert.Null(details.Directions);
        Assert.Equal([new DateOnly(2027, 1, 11)], options.ConferencesAfter("ksb", new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Validate_ConferenceWithoutVenue_NamesTheSettingToAdd()
    {
        var options = Bind(new() { ["FollowUps:Conferences:bsv:0"] = "2026-12-07" });

        var error = Assert.Single(options.Validate(new ValidationContext(options)));

        Assert.Contains("Conferences:bsv:0 (2026-12-07) needs a start time and an address", error.ErrorMessage);
        Assert.Null(options.Conference("bsv", new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void Validate_MapNotHttps_Refused()
    {
        var options = Bind(new(Venue) { ["FollowUps:ConferenceVenues:ksb:MapUrl"] = "http://maps.example.org/" });

        Assert.Contains("ConferenceVenues:ksb:MapUrl must be an https address.", options.Validate(new ValidationContext(options)).Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Shipped_NoConferencesAndNoVenues_ADeploymentSetsItsOwnPlaces()
    {
        var shipped = ShippedDefaults.FollowUps();

        Assert.Empty(shipped.Conferences);
        Assert.Empty(shipped.ConferenceVenues);
    }
}
