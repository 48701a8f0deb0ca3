using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Intake;
using AmtzaHaderech.Integrations.Spot.Mirror;
using static AmtzaHaderech.Integrations.IntegrationTests.FollowUps.PageLinks;

namespace AmtzaHaderech.Integrations.IntegrationTests.Localization;

/// The program's name comes from one setting (`Hub:ProgramName`, with its other languages): every
/// message the hub sends and every page state it serves says the configured name, in the reader's
/// language, and never another (WrongName.Text went out in messages once).
[Collection(StorageCollection.Name)]
public sealed class ProgramNameTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string> Names = new() { ["he"] = "דרך חדשה", ["ru"] = "Новый путь", ["ar"] = "طريق جديد" };

    private static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(DemoCommand.ConferenceVenues.Concat(more ?? []).DistinctBy(s => s.Key))
        {
            ["Hub:ProgramName"] = Names["he"],
            ["Hub:ProgramNameTranslations:ru"] = Names["ru"],
            ["Hub:ProgramNameTranslations:ar"] = Names["ar"],
            // The shipped sample venue is named after the default program: a renamed program renames its venue too.
            ["FollowUps:ConferenceVenues:ksb:Address"] = "רחוב ויצמן 140, כפר סבא",
            ["FollowUps:ConferenceVenues:ksb:AddressTranslations:ru"] = "ул. Вейцман 140, Кфар-Саба",
            ["FollowUps:ConferenceVenues:ksb:AddressTranslations:ar"] = "شارع فايتسمان 140، كفار سابا",
        };
        return settings;
    }

    private static void AssertNamed(string text, string language, string what)
    {
        Assert.False(text.Contains(WrongName.Text, StringComparison.Ordinal), $"{what}: another program's name");
        Assert.False(text.Contains("אמצע הדרך", StringComparison.Ordinal), $"{what}: the default name, not the configured one");
        Assert.True(text.Contains(Names[language], StringComparison.Ordinal), $"{what} ({language}) does not name the program: {text}");
    }

    [Fact]
    public async Task EveryPageState_EveryLanguage_TheConfiguredName()
    {
        var links = await PageLinks.StartAsync(azurite, Settings(PageLinks.Calendar));
        await using var _ = links.App;
        await links.App.Get<FollowUpStore>().InviteAsync(PageLinks.ParticipantId, PageLinks.ConferenceOn);
        using var client = links.App.Client();
        var pages = new List<(string What, string Language, string Html)>();
        async Task Get(string what, string language, string path) =>
            pages.Add((what, language, await (await client.GetAsync(path)).Content.ReadAsStringAsync()));
        async Task Post(string what, string language, string path, params (string, string)[] fields) =>
            pages.Add((what, language, await (await client.PostAsync(path, Form(fields))).Content.ReadAsStringAsync()));

        foreach (var language in Names.Keys)
        {
            var query = language == "he" ? "" : $"?lang={language}";
            await Get("intake form", language, "/intake" + query);
            await Post("intake errors", language, "/intake" + query, ("language", language));
            await Get("accessibility statement", language, "/accessibility" + query);
        }
        var form = new IntakeFormClient(links.App);
        var thanks = await form.SubmitAsync(IntakeFormClient.Answers());
        pages.Add(("intake thanks", "he", thanks.Html));

        await Get("status form", "he", links.Path(LinkPages.Status));
        await Post("status errors", "he", links.Path(LinkPages.Status), ("employer", "x"));
        await Post("status thanks", "he", links.Path(LinkPages.Status), ("working", "no"));
        await Get("status used", "he", links.Path(LinkPages.Status));
        await Get("rsvp form", "he", links.Path(LinkPages.Rsvp));
        await Post("rsvp errors", "he", links.Path(LinkPages.Rsvp), ("answer", "other"));
        await Post("rsvp thanks", "he", links.Path(LinkPages.Rsvp), ("answer", "yes"));
        await Get("rsvp answered", "he", links.Path(LinkPages.Rsvp));
        await Get("unsubscribe", "he", links.Path(LinkPages.Unsubscribe));
        await Post("unsubscribed", "he", links.Path(LinkPages.Unsubscribe), ("confirm", "yes"));
        await Get("tampered link", "he", PageLinks.Tampered(links.Path(LinkPages.Status)));
        await Get("unknown short link", "he", "/l/AbCdEfGhJk");
        links.App.Clock.SetUtcNow(Common.IsraelTime.At(PageLinks.ConferenceOn, new TimeOnly(8, 0)));
        await Get("rsvp closed", "he", links.Path(LinkPages.Rsvp));

        Assert.Equal(23, pages.Count);
        foreach (var (what, language, html) in pages) AssertNamed(html, language, what);
    }

    [Fact]
    public async Task EveryMessageKind_EveryLanguage_TheConfiguredName()
    {
        var (hub, _, _) = await FollowUpsHub.RecordingAsync(azurite, new DateOnly(2026, 11, 26), Settings(new() { ["FollowUps:Conferences:ksb:0"] = "2026-11-29" }));
        await using var _h = hub;
        var composer = hub.Get<MessageComposer>();
        var person = FollowUpData.Person("P1", new DateOnly(2026, 1, 1), email: "dana@example.org", center: "ksb") with { Coordinator = "ksb-coord-1@example.org" };
        var data = new SpotSnapshot([person], [new SpotEpisode { EpisodeId = "E1", ParticipantId = "P1", StartDate = new DateOnly(2026, 5, 1) }],
            [new SpotActivity { ActivityId = "A1", ParticipantId = "P1", Date = new DateOnly(2026, 11, 29), Type = SpotCodes.Meeting }]);
        var due = new DateOnly(2026, 11, 26);
        FollowUpItem[] items =
        [
            new("P1", FollowUpRules.Retention, 6, "E1", due, FollowUpChannels.Sms, FollowUpStatuses.Due, null),
            new("P1", FollowUpRules.Quarterly, null, null, due, FollowUpChannels.Email, FollowUpStatuses.Due, null),
            new("P1", FollowUpRules.Conference, null, null, due, FollowUpChannels.Sms, FollowUpStatuses.Due, null),
            new("P1", FollowUpRules.Meeting, null, null, due, FollowUpChannels.Sms, FollowUpStatuses.Due, null),
        ];

        var messages = new List<(string What, string Language, string Text)>();
        foreach (var language in Names.Keys)
            foreach (var item in items)
                foreach (var reminder in item.Rule is FollowUpRules.Retention or FollowUpRules.Quarterly ? new[] { 0, 1, 2 } : [0])
                {
                    var message = (await composer.ComposeAsync(item, new MessageRecipient(person, language), data, reminder))!;
                    messages.Add(($"{item.Rule} {item.Channel} reminder {reminder}", language, message.Subject + "\n" + message.Text + "\n" + message.Html));
                }
        var exit = (await composer.ComposeAsync(new("P1", FollowUpRules.Exit, 6, "E1", due, FollowUpChannels.Email, FollowUpStatuses.Due, null),
            new MessageRecipient(person), data))!;
        messages.Add(("exit check to the coordinator", "he", exit.Subject + "\n" + exit.Text));

        Assert.Equal(25, messages.Count);
        foreach (var (what, language, text) in messages) AssertNamed(text, language, what);
    }
}
