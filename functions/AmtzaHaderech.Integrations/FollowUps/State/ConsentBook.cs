using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.FollowUps.State;

/// Consent per channel, by SPOT participant id and by the hub's id, from the hub's own records of
/// people (docs/follow-ups.md, "Consent and channel"). Someone SPOT alone knows is contactable on both channels;
/// someone who arrived through a channel has the consents that channel gave (the intake form asks
/// for each; the others give both). An unsubscribe recorded on the person stops everything.
public sealed record ConsentBook(IReadOnlySet<string> NoSms, IReadOnlySet<string> NoEmail, IReadOnlySet<string> Unsubscribed)
{
    public static readonly ConsentBook Everyone = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public static ConsentBook From(IEnumerable<Participant> people)
    {
        var noSms = new HashSet<string>(StringComparer.Ordinal);
        var noEmail = new HashSet<string>(StringComparer.Ordinal);
        var unsubscribed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            // Under the hub's id too: a lead invited to a conference is keyed by it.
            string[] ids = person.SpotId is { } spotId ? [spotId, person.Id] : [person.Id];
            if (person.Unsubscribed) unsubscribed.UnionWith(ids);
            if (person.Sources.All(s => s.StartsWith(SpotParticipantMapping.SourcePrefix, StringComparison.Ordinal))) continue;
            if (!person.SmsConsent) noSms.UnionWith(ids);
            if (!person.EmailConsent) noEmail.UnionWith(ids);
        }
        return new ConsentBook(noSms, noEmail, unsubscribed);
    }
}
