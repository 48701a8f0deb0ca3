using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// `amtza serve` with one participant in the SPOT mirror (דנה, center ksb) and links to her pages.
internal sealed class PageLinks(HubWebApp app)
{
    public const string FirstName = "דנהלה";
    public const string ParticipantId = "P00700042";
    public static readonly DateOnly DueOn = new(2026, 11, 20);
    public static readonly DateOnly ConferenceOn = new(2026, 12, 7);

    /// Kfar Saba's conferences, Mondays: one past, the one she is invited to, then four more;
    /// at the demo's venues (10:00, רחוב ויצמן 140, a map link).
    public static readonly Dictionary<string, string?> Calendar = new(DemoCommand.ConferenceVenues)
    {
        ["FollowUps:Conferences:ksb:0"] = "2026-11-09",
        ["FollowUps:Conferences:ksb:1"] = "2026-12-07",
        ["FollowUps:Conferences:ksb:2"] = "2026-12-21",
        ["FollowUps:Conferences:ksb:3"] = "2027-01-04",
        ["FollowUps:Conferences:ksb:4"] = "2027-01-18",
        ["FollowUps:Conferences:ksb:5"] = "2027-02-01",
    };

    public HubWebApp App => app;

    /// `person` changes her SPOT row (gender, coordinator).
    public static async Task<PageLinks> StartAsync(AzuriteFixture azurite, Dictionary<string, string?>? settings = null,
        Func<SpotParticipant, SpotParticipant>? person = null)
    {
        var app = await HubWebApp.StartAsync(azurite, new DateOnly(2026, 11, 22), settings);
        var dana = FollowUpData.Person(ParticipantId, new DateOnly(2026, 1, 1), center: "ksb") with { FirstName = FirstName };
        await FollowUpsHub.MirrorAsync(app.Services, new SpotSnapshot([person?.Invoke(dana) ?? dana], [], []));
        return new PageLinks(app);
    }

    public string Path(char page, string? participantId = null, DateOnly? date = null)
    {
        var signer = app.Get<LinkSigner>();
        var rule = page == LinkPages.Rsvp ? FollowUpRules.Conference : FollowUpRules.Retention;
        var day = date ?? (page == LinkPages.Rsvp ? ConferenceOn : DueOn);
        return $"/{page}/{signer.Sign(signer.Issue(page, participantId ?? ParticipantId, rule, day))}";
    }

    public Uri Url(string path) => new(app.BaseAddress, path);

    /// A posted form, as a browser sends it.
    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    /// The same link with one character of its token changed.
    public static string Tampered(string path) => path[..^3] + (path[^3] == 'x' ? 'y' : 'x') + path[^2..];
}
