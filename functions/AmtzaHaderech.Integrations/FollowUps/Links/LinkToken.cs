using System.Globalization;

namespace AmtzaHaderech.Integrations.FollowUps.Links;

/// The pages a personal link opens (docs/cli.md routes `/s`, `/r`, `/u`, `/w`).
public static class LinkPages
{
    public const char Status = 's';
    public const char Rsvp = 'r';
    public const char Unsubscribe = 'u';
    /// The center's workshops: sign up, cancel, take an offered seat (docs/workshops.md).
    public const char Workshops = 'w';

    public static bool IsKnown(char page) => page is Status or Rsvp or Unsubscribe or Workshops;
}

/// What a personal link stands for: a page, the participant, the purpose (the rule and its date:
/// the due date of a check-in, the day of a conference) and when the link stops working.
public sealed record LinkToken(char Page, string ParticipantId, string Rule, DateOnly Date, DateTimeOffset ExpiresAt)
{
    /// A purpose is answered once, whichever of its links (the first message's or a reminder's)
    /// is used: this key marks it used.
    public string PurposeKey => string.Join('|', Page, Rule, Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

public enum LinkCheck { Valid, Tampered, Expired }

/// The outcome of reading a link: the token is set when the signature holds (valid or expired).
public sealed record LinkReading(LinkCheck Check, LinkToken? Token);
