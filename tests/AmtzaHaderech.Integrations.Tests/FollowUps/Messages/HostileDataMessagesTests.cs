using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Tests.Referrals.Screening;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static AmtzaHaderech.Integrations.Tests.FollowUps.PlannerData;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Messages;

/// Every kind of message the hub renders, with a stranger's words in every stored field a
/// message could quote: the only addresses in the text, the HTML and the subject are the hub's
/// own signed links, and no stranger's words reach the participant.
public sealed partial class HostileDataMessagesTests
{
    private const string BaseUrl = "https://amtza.example.org";
    private static readonly DateOnly Due = new(2026, 11, 22);
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

    private static readonly LinkSigner Signer = new(Options.Create(new FollowUpSendingOptions
    {
        LinkSigningKey = "a-link-signing-key-of-at-least-32-characters",
        PublicBaseUrl = BaseUrl + "/",
    }), Clock);

    private static readonly MessageComposer Composer = new(Signer, ShippedDefaults.Directory(),
        Options.Create(new FollowUpSendingOptions { PublicBaseUrl = BaseUrl + "/" }), Options.Create(new FollowUpsOptions()));

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

    public static TheoryData<string, string, int> Kinds()
    {
        var kinds = new TheoryData<string, string, int>();
        foreach (var rule in new[] { FollowUpRules.Retention, FollowUpRules.Quarterly, FollowUpRules.Conference, FollowUpRules.Meeting })
            foreach (var channel in new[] { FollowUpChannels.Sms, FollowUpChannels.Email })
                foreach (var reminder in new[] { 0, 1, 2 })
                    kinds.Add(rule, channel, reminder);
        kinds.Add(FollowUpRules.Exit, FollowUpChannels.Email, 0);
        return kinds;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compose_HostileStoredData_OnlyTheHubsSignedLinks(string rule, string channel, int reminder)
    {
        foreach (var hostile in HostileTexts)
        {
            var message = Compose(rule, channel, reminder, hostile);

            foreach (var url in Addresses(message.Subject + "\n" + message.Text + "\n" + message.Html))
                Assert.True(IsSignedLink(url), $"{rule}/{channel}/{reminder} with '{hostile}' carries '{url}'");
            foreach (var word in new[] { "evil", "HYPERLINK", "נחסם" })
                Assert.DoesNotContain(word, message.Subject + message.Text + message.Html);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compose_PlainData_NameAndLinksKept(string rule, string channel, int reminder)
    {
        var message = Compose(rule, channel, reminder, "דנה");

        Assert.Contains("דנה", message.Text);
        Assert.All(Addresses(message.Text), url => Assert.True(IsSignedLink(url), url));
        if (rule != FollowUpRules.Exit) Assert.Contains(message.Lines, l => l.Url is not null);
    }

    [Fact]
    public void Compose_ExitCheckWithHostileNameAndEmployer_NamesTheParticipantById()
    {
        var message = Compose(FollowUpRules.Exit, FollowUpChannels.Email, 0, "http://evil.example");

        Assert.Contains("משתתף/ת מספר P1 עובד/ת מ-", message.Text);
    }

    private static OutgoingMessage Compose(string rule, string channel, int reminder, string text)
    {
        var person = Person("P1", "2026-01-01", phone: "050-1234567", email: "dana@example.org", coordinator: "coord@example.org") with
        {
            FirstName = text,
            LastName = text,
            City = text,
            Center = "ksb",
        };
        var data = Snapshot([person],
            [Job("E1", "P1", "2026-05-22") with { Employer = text, Occupation = text }],
            [Activity("A1", "P1", "2026-11-29", SpotCodes.Meeting)]);
        var due = rule == FollowUpRules.Meeting ? new DateOnly(2026, 11, 26) : Due;
        var item = new FollowUpItem("P1", rule, rule is FollowUpRules.Retention or FollowUpRules.Exit ? 6 : null,
            rule is FollowUpRules.Retention or FollowUpRules.Exit ? "E1" : null, due, channel, FollowUpStatuses.Due, null);
        return Composer.Compose(item, person, data, reminder)!;
    }

    // Anything a mail client or a phone would make a link of: a scheme, www., or a dotted host.
    private static IEnumerable<string> Addresses(string text) =>
        AddressPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', '"', '\''));

    private static bool IsSignedLink(string url)
    {
        if (!url.StartsWith(BaseUrl + "/", StringComparison.Ordinal)) return false;
        var parts = url[(BaseUrl.Length + 1)..].Split('/');
        return parts.Length == 2 && parts[0].Length == 1 && Signer.Read(parts[1], parts[0][0]).Check == LinkCheck.Valid;
    }

    [GeneratedRegex(@"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>""]+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:/[^\s<>""]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();
}
