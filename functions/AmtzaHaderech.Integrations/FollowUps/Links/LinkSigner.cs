using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Links;

/// Signs and reads personal links: a compact binary token (version, page, expiry, rule, date,
/// participant id) with a truncated HMAC-SHA256, in base64url. Compact because it travels in
/// Hebrew SMS, where every character counts. Thread-safe; register as a singleton.
public sealed class LinkSigner(IOptions<FollowUpSendingOptions> options, TimeProvider clock)
{
    private const byte Version = 1;
    private const int HeaderLength = 1 + 1 + 4 + 1 + 4;
    private const int MacLength = 16; // 128 bits: forging one is out of reach, and the link stays short
    private const int MaxParticipantIdBytes = 64;

    private static readonly string[] Rules =
        [FollowUpRules.Retention, FollowUpRules.Quarterly, FollowUpRules.Conference, FollowUpRules.Meeting, FollowUpRules.Exit,
            FollowUpRules.Workshop, FollowUpRules.WorkshopReminder, FollowUpRules.WorkshopOffer];

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.LinkSigningKey);

    /// A token for the page and purpose, valid for `LinkDays` from now.
    public LinkToken Issue(char page, string participantId, string rule, DateOnly date) =>
        new(page, participantId, rule, date, clock.GetUtcNow().AddDays(options.Value.LinkDays));

    public string Sign(LinkToken token)
    {
        var id = Encoding.UTF8.GetBytes(token.ParticipantId);
        var rule = Array.IndexOf(Rules, token.Rule);
        if (!LinkPages.IsKnown(token.Page) || rule < 0 || id.Length is 0 or > MaxParticipantIdBytes)
            throw new ArgumentException("The token has an unknown page or rule, or a bad participant id.", nameof(token));
        var payload = new byte[HeaderLength + id.Length];
        payload[0] = Version;
        payload[1] = (byte)token.Page;
        BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(2), checked((uint)token.ExpiresAt.ToUnixTimeSeconds()));
        payload[6] = (byte)rule;
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(7), token.Date.DayNumber);
        id.CopyTo(payload, HeaderLength);
        return WebEncoders.Base64UrlEncode([.. payload, .. Mac(payload)]);
    }

    /// Reads a link opened on `page`. Anything but an intact token of this page is `Tampered`.
    public LinkReading Read(string? text, char page)
    {
        var tampered = new LinkReading(LinkCheck.Tampered, null);
        if (string.IsNullOrEmpty(text) || text.Length > 200) return tampered;
        byte[] bytes;
        try { bytes = WebEncoders.Base64UrlDecode(text); }
        catch (FormatException) { return tampered; }
        if (bytes.Length <= HeaderLength + MacLength) return tampered;

        var payload = bytes.AsSpan(0, bytes.Length - MacLength);
        if (!CryptographicOperations.FixedTimeEquals(Mac(payload), bytes.AsSpan(payload.Length))) return tampered;
        var rule = payload[6];
        if (payload[0] != Version || payload[1] != (byte)page || rule >= Rules.Length) return tampered;

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(payload[2..]));
        var token = new LinkToken(page, Encoding.UTF8.GetString(payload[HeaderLength..]), Rules[rule],
            DateOnly.FromDayNumber(BinaryPrimitives.ReadInt32BigEndian(payload[7..])), expires);
        return new LinkReading(expires <= clock.GetUtcNow() ? LinkCheck.Expired : LinkCheck.Valid, token);
    }

    private byte[] Mac(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload)[..MacLength];
}
