using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// Every kind of message the hub renders, in every language, with a stranger's words in every
/// stored field a message could quote: the only addresses in the text, the HTML and the subject
/// are the hub's own short links to its signed pages, and no stranger's words reach the participant.
[Collection(StorageCollection.Name)]
public sealed partial class HostileDataMessagesTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Due = new(2026, 11, 22);

    private static readonly string[] HostileTexts =
    [
        "חשבונך נחסם. לאימות היכנסו ל evil.example",
        "http://evil.example",
        "https://evil.example/login?x=1",
        "www.evil.example",
        "evil.example/x",
        "=HYPERLINK(\"http://evil.example/x\",\"לחצו\")",
        "attacker@evil.example",
    ];

    private static readonly string[] Rules = [FollowUpRules.Retention, FollowUpRules.Quarterly, FollowUpRules.Conference, FollowUpRules.Meeting];

    [Fact]
    public async Task Compose_HostileStoredData_OnlyTheHubsShortLinks()
    {
        await using var hub = await StartAsync();
        foreach (var (rule, channel, reminder, language) in Kinds())
            foreach (var hostile in HostileTexts)
            {
                var message = await ComposeAsync(hub, rule, channel, reminder, language, hostile);

                foreach (var url in Addresses(message.Subject + "\n" + message.Text + "\n" + message.Html))
                    Assert.True(await IsOurLinkAsync(hub, url), $"{rule}/{channel}/{reminder}/{language} with '{hostile}' carries '{url}'");
                foreach (var word in new[] { "evil", "HYPERLINK", "נחסם" })
                    Assert.DoesNotContain(word, message.Subject + message.Text + message.Html);
            }
    }

    [Fact]
    public async Task Compose_PlainData_NameAndLinksKept()
    {
        await using var hub = await StartAsync();
        foreach (var (rule, channel, reminder, language) in Kinds())
        {
            var message = await ComposeAsync(hub, rule, channel, reminder, language, "דנה");

            Assert.Contains("דנה", message.Text);
            foreach (var url in Addresses(message.Text)) Assert.True(await IsOurLinkAsync(hub, url), url);
            if (rule != FollowUpRules.Exit) Assert.Contains(message.Lines, l => l.Url is not null);
        }
    }

    [Fact]
    public async Task Compose_ExitCheckWithHostileNameAndEmployer_NamesTheParticipantById()
    {
        await using var hub = await StartAsync();

        var message = await ComposeAsync(hub, FollowUpRules.Exit, FollowUpChannels.Email, 0, "he", "http://evil.example");

        Assert.Contains("משתתף מספר P1: בעבודה מ-", message.Text);
    }

    private static IEnumerable<(string Rule, string Channel, int Reminder, string Language)> Kinds()
    {
        foreach (var language in new[] { "he", "ru", "ar" })
        {
            foreach (var rule in Rules)
                foreach (var channel in new[] { FollowUpChannels.Sms, FollowUpChannels.Email })
                    foreach (var reminder in new[] { 0, 1, 2 })
                        yield return (rule, channel, reminder, language);
        }
        yield return (FollowUpRules.Exit, FollowUpChannels.Email, 0, "he");
    }

    // Kfar Saba's conference on 29/11 at the demo's venue (a time and an address).
    private Task<TestHub> StartAsync() =>
        FollowUpsHub.StartAsync(azurite, Due, new(DemoCommand.ConferenceVenues) { ["FollowUps:Conferences:ksb:0"] = "2026-11-29" });

    private static async Task<OutgoingMessage> ComposeAsync(TestHub hub, string rule, string channel, int reminder, string language, string text)
    {
        var person = FollowUpData.Person("P1", new DateOnly(2026, 1, 1), email: "dana@example.org", center: "ksb") with
        {
            FirstName = text,
            LastName = text,
            City = text,
            Coordinator = "coord@example.org",
        };
        var data = new SpotSnapshot([person],
            [new SpotEpisode { EpisodeId = "E1", ParticipantId = "P1", StartDate = new DateOnly(2026, 5, 22), Employer = text, Occupation = text }],
            [new SpotActivity { ActivityId = "A1", ParticipantId = "P1", Date = new DateOnly(2026, 11, 29), Type = SpotCodes.Meeting }]);
        var due = rule == FollowUpRules.Meeting ? new DateOnly(2026, 11, 26) : Due;
        var item = new FollowUpItem("P1", rule, rule is FollowUpRules.Retention or FollowUpRules.Exit ? 6 : null,
            rule is FollowUpRules.Retention or FollowUpRules.Exit ? "E1" : null, due, channel, FollowUpStatuses.Due, null);
        return (await hub.Get<MessageComposer>().ComposeAsync(item, new MessageRecipient(person, language), data, reminder))!;
    }

    // Anything a mail client or a phone would make a link of: a scheme, www., or a dotted host.
    private static IEnumerable<string> Addresses(string text) =>
        AddressPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', '"', '\''));

    /// A short link of the hub's own host whose code stands for a page link the hub signed.
    private static async Task<bool> IsOurLinkAsync(TestHub hub, string url)
    {
        var shortLinks = hub.Get<ShortLinks>();
        var prefix = shortLinks.Url("");
        if (!url.StartsWith(prefix, StringComparison.Ordinal)) return false;
        if (await shortLinks.ResolveAsync(url[prefix.Length..]) is not { } target) return false;
        var parts = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[0].Length == 1 && hub.Get<LinkSigner>().Read(parts[1], parts[0][0]).Check == LinkCheck.Valid;
    }

    [GeneratedRegex(@"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>""]+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:/[^\s<>""]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();
}
