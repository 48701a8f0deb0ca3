using AmtzaHaderech.Integrations.FollowUps;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Sending;

public class LinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static LinkSigner Signer(FakeTimeProvider clock, string key = "a-link-signing-key-of-at-least-32-characters") =>
        new(Options.Create(new FollowUpSendingOptions { LinkSigningKey = key, PublicBaseUrl = "https://amtza.test" }), clock);

    private static LinkToken Token(LinkSigner signer) =>
        signer.Issue(LinkPages.Status, "P00700012", FollowUpRules.Retention, new DateOnly(2026, 11, 20));

    [Fact]
    public void Read_SignedToken_GivesItBackValid()
    {
        var signer = Signer(new FakeTimeProvider(Now));
        var token = Token(signer);

        var reading = signer.Read(signer.Sign(token), LinkPages.Status);

        Assert.Equal(LinkCheck.Valid, reading.Check);
        Assert.Equal(token with { ExpiresAt = Now.AddDays(30) }, reading.Token);
    }

    [Fact]
    public void Sign_AnyToken_IsShortAndUrlSafe()
    {
        var signer = Signer(new FakeTimeProvider(Now));

        var text = signer.Sign(Token(signer));

        Assert.InRange(text.Length, 20, 60);
        Assert.Matches("^[A-Za-z0-9_-]+$", text);
    }

    [Fact]
    public void Read_AfterThirtyDays_IsExpiredButStillNamesTheParticipant()
    {
        var clock = new FakeTimeProvider(Now);
        var signer = Signer(clock);
        var text = signer.Sign(Token(signer));

        clock.Advance(TimeSpan.FromDays(30));
        var reading = signer.Read(text, LinkPages.Status);

        Assert.Equal(LinkCheck.Expired, reading.Check);
        Assert.Equal("P00700012", reading.Token!.ParticipantId);
    }

    [Fact]
    public void Read_AnyChangedCharacter_IsTampered()
    {
        var signer = Signer(new FakeTimeProvider(Now));
        var text = signer.Sign(Token(signer));

        for (var i = 0; i < text.Length; i++)
        {
            var changed = text[..i] + (text[i] == 'A' ? 'B' : 'A') + text[(i + 1)..];
            Assert.Equal((LinkCheck.Tampered, null), (signer.Read(changed, LinkPages.Status).Check, signer.Read(changed, LinkPages.Status).Token));
        }
    }

    [Fact]
    public void Read_OtherParticipantSwappedIn_IsTampered()
    {
        var signer = Signer(new FakeTimeProvider(Now));
        var bytes = WebEncoders.Base64UrlDecode(signer.Sign(Token(signer)));
        bytes[^17] ^= 0x01; // the last character of the participant id, just before the MAC

        Assert.Equal(LinkCheck.Tampered, signer.Read(WebEncoders.Base64UrlEncode(bytes), LinkPages.Status).Check);
    }

    [Theory]
    [InlineData(LinkPages.Rsvp)]
    [InlineData(LinkPages.Unsubscribe)]
    public void Read_OnAnotherPage_IsTampered(char page)
    {
        var signer = Signer(new FakeTimeProvider(Now));

        Assert.Equal(LinkCheck.Tampered, signer.Read(signer.Sign(Token(signer)), page).Check);
    }

    [Fact]
    public void Read_SignedWithAnotherKey_IsTampered()
    {
        var clock = new FakeTimeProvider(Now);
        var other = Signer(clock, "another-link-signing-key-of-32-characters-at-least");

        Assert.Equal(LinkCheck.Tampered, Signer(clock).Read(other.Sign(Token(other)), LinkPages.Status).Check);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("%2e%2e%2f")]
    public void Read_Garbage_IsTampered(string text) =>
        Assert.Equal(LinkCheck.Tampered, Signer(new FakeTimeProvider(Now)).Read(text, LinkPages.Status).Check);

    [Fact]
    public void PurposeKey_FirstLinkAndReminderLink_AreTheSamePurpose()
    {
        var clock = new FakeTimeProvider(Now);
        var signer = Signer(clock);
        var first = Token(signer);
        clock.Advance(TimeSpan.FromDays(4));

        Assert.Equal(first.PurposeKey, Token(signer).PurposeKey);
        Assert.NotEqual(first.ExpiresAt, Token(signer).ExpiresAt);
    }
}
