using System.ComponentModel.DataAnnotations;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using Microsoft.Extensions.Configuration;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// The workshop calendar as it is configured beside the conferences: a session without a place
/// takes the center's venue; an incomplete or duplicate session stops the host with an error
/// naming the setting to fix.
public class WorkshopCalendarTests
{
    private static FollowUpsOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(FollowUpsOptions.Section).Get<FollowUpsOptions>()!;

    private static readonly Dictionary<string, string?> Venue = new()
    {
        ["FollowUps:ConferenceVenues:ksb:Time"] = "10:00",
        ["FollowUps:ConferenceVenues:ksb:Address"] = "רחוב ויצמן 140, כפר סבא",
        ["FollowUps:ConferenceVenues:ksb:MapUrl"] = "https://maps.example.org/?q=140",
    };

    private static Dictionary<string, string?> Session(int n, string date, string? title = "סדנת קורות חיים", string? end = "12:00", string? seats = "12")
    {
        var prefix = $"FollowUps:Workshops:ksb:{n}";
        return new(Venue)
        {
            [$"{prefix}:Date"] = date,
            [$"{prefix}:Title"] = title,
            [$"{prefix}:End"] = end,
            [$"{prefix}:Seats"] = seats,
        };
    }

    private static IEnumerable<string?> Errors(FollowUpsOptions options) =>
        options.Validate(new ValidationContext(options)).Select(e => e.ErrorMessage);

    [Fact]
    public void Sessions_DateAlone_TheVenuesTimePlaceAndMap()
    {
        var options = Bind(Session(0, "2026-12-03"));

        var session = Assert.Single(WorkshopCalendar.Sessions(options));

        Assert.Equal(("ksb-20261203-1000", "סדנת קורות חיים", new TimeOnly(10, 0), new TimeOnly(12, 0), "רחוב ויצמן 140, כפר סבא", 12),
            (session.Id, session.Title, session.Start, session.End, session.Address, session.Seats));
        Assert.Equal("https://maps.example.org/?q=140", session.MapUrl!.AbsoluteUri);
        Assert.Empty(Errors(options));
    }

    [Fact]
    public void Sessions_OwnAddress_KeptWithoutTheVenuesMap()
    {
        var settings = Session(0, "2026-12-10");
        settings["FollowUps:Workshops:ksb:0:Address"] = "ספריית העירייה, כפר סבא";
        settings["FollowUps:Workshops:ksb:0:Time"] = "09:30";

        var session = Assert.Single(WorkshopCalendar.Sessions(Bind(settings)));

        Assert.Equal(("ksb-20261210-0930", "ספריית העירייה, כפר סבא"), (session.Id, session.Address));
        Assert.Null(session.MapUrl);
    }

    [Theory]
    [InlineData(null, "12:00", "12")]
    [InlineData("  ", "12:00", "12")]
    [InlineData("סדנה", null, "12")]
    [InlineData("סדנה", "09:00", "12")]
    [InlineData("סדנה", "12:00", "0")]
    [InlineData("סדנה", "12:00", "501")]
    public void Validate_IncompleteSession_NamesTheSettingAndWhatItNeeds(string? title, string? end, string seats)
    {
        var options = Bind(Session(0, "2026-12-03", title, end, seats));

        var error = Assert.Single(Errors(options));

        Assert.StartsWith("Workshops:ksb:0 (2026-12-03) needs a Title, a start Time and an End after it", error);
        Assert.Contains("ConferenceVenues:ksb", error);
        Assert.Empty(WorkshopCalendar.Sessions(options));
    }

    [Fact]
    public void Validate_NoPlaceAnywhere_NamesTheSetting()
    {
        var options = Bind(new()
        {
            ["FollowUps:Workshops:bsv:0:Date"] = "2026-12-03",
            ["FollowUps:Workshops:bsv:0:Time"] = "10:00",
            ["FollowUps:Workshops:bsv:0:Title"] = "סדנה",
            ["FollowUps:Workshops:bsv:0:End"] = "12:00",
            ["FollowUps:Workshops:bsv:0:Seats"] = "8",
        });

        Assert.Contains("Workshops:bsv:0 (2026-12-03) needs", Assert.Single(Errors(options)));
    }

    [Fact]
    public void Validate_TwoSessionsSameDayAndTime_TheSecondNamedAsDuplicate()
    {
        var settings = Session(0, "2026-12-03");
        foreach (var (key, value) in Session(1, "2026-12-03", title: "הכנה לראיון")) settings[key] = value;

        var options = Bind(settings);

        Assert.Equal(["Workshops:ksb:1 (2026-12-03): another workshop of ksb starts at the same day and time."], Errors(options));
    }

    [Fact]
    public void Validate_SameDayDifferentTimes_BothSessions()
    {
        var settings = Session(0, "2026-12-03");
        foreach (var (key, value) in Session(1, "2026-12-03", end: "16:00")) settings[key] = value;
        settings["FollowUps:Workshops:ksb:1:Time"] = "14:00";

        var options = Bind(settings);

        Assert.Empty(Errors(options));
        Assert.Equal(["ksb-20261203-1000", "ksb-20261203-1400"], WorkshopCalendar.Sessions(options).Select(s => s.Id));
    }

    [Fact]
    public void Validate_MapNotHttps_NamesTheSessionsSetting()
    {
        var settings = Session(0, "2026-12-03");
        settings["FollowUps:Workshops:ksb:0:MapUrl"] = "http://maps.example.org/";

        Assert.Equal(["Workshops:ksb:0 (2026-12-03):MapUrl must be an https address."], Errors(Bind(settings)));
    }
}
