using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// The messages of the follow-ups (MessageTexts: the person's language and gender, the first
/// name only when it looks like one (Greeting), one short link, the center's phone; no other
/// address ever). The exit check is an e-mail to the coordinator, in Hebrew, quoting stored
/// names only as plain text (MessageText). Composing a message stores its short link. Thread-safe.
public sealed class MessageComposer(
    LinkSigner signer, ShortLinks shortLinks, CenterDirectory centers, Localizer localizer, IOptions<FollowUpsOptions> rules, IOptions<HubOptions> hub,
    WorkshopSeats seats)
{
    /// The message for a follow-up (`reminder` 0) or its n-th reminder; null when the recipient has
    /// no address on the item's channel.
    public async Task<OutgoingMessage?> ComposeAsync(
        FollowUpItem item, MessageRecipient recipient, SpotSnapshot data, int reminder = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(recipient);
        var person = recipient.Person;
        var to = Address(item, person);
        if (to is null) return null;
        var reference = Reference(item, reminder);
        if (item.Rule == FollowUpRules.Exit)
            return new OutgoingMessage(reference, item.Channel, to, $"הצעה לסגירת תיק: {person.ParticipantId}", ExitLines(item, person, data));

        var texts = localizer.For(recipient.Language, Addressings.FromGender(recipient.KnownGender));
        var phone = (centers.ById(person.Center) ?? centers.Centers[0]).Phone;
        var content = item.Rule switch
        {
            FollowUpRules.Conference => MessageTexts.Conference(texts, person.FirstName, ConferenceDay(item),
                rules.Value.Conference(person.Center, ConferenceDay(item)), await LinkAsync(LinkPages.Rsvp, item, ConferenceDay(item), cancellationToken), phone),
            FollowUpRules.Workshop => MessageTexts.Workshops(texts, person.FirstName,
                await LinkAsync(LinkPages.Workshops, item, item.DueOn, cancellationToken), phone),
            FollowUpRules.WorkshopReminder => MessageTexts.WorkshopReminder(texts, person.FirstName, Session(item),
                await LinkAsync(LinkPages.Workshops, item, item.DueOn, cancellationToken), phone),
            FollowUpRules.WorkshopOffer => MessageTexts.WorkshopOffer(texts, person.FirstName, Session(item), await OfferUntilAsync(item, cancellationToken),
                await LinkAsync(LinkPages.Workshops, item, item.DueOn, cancellationToken), phone),
            FollowUpRules.Meeting => MessageTexts.Meeting(texts, person.FirstName, MeetingDay(item, data),
                await LinkAsync(LinkPages.Unsubscribe, item, item.DueOn, cancellationToken), phone),
            _ => MessageTexts.CheckIn(texts, person.FirstName, reminder, await LinkAsync(LinkPages.Status, item, item.DueOn, cancellationToken), phone),
        };
        return new OutgoingMessage(reference, item.Channel, to, content.Subject, content.Lines, texts.Language);
    }

    /// Whether the item's channel has an address of the person (else composing gives null).
    public static bool CanReach(FollowUpItem item, SpotParticipant person) => Address(item, person) is not null;

    /// The provider's reference of the message: the item's key, and the reminder's number.
    public static string Reference(FollowUpItem item, int reminder) =>
        reminder == 0 ? item.Key : $"{item.Key}|reminder{reminder.ToString(CultureInfo.InvariantCulture)}";

    // To the coordinator, who reads Hebrew; worded so that it needs no gender.
    private IReadOnlyList<MessageLine> ExitLines(FollowUpItem item, SpotParticipant person, SpotSnapshot data)
    {
        var job = data.Episodes.FirstOrDefault(e => e.EpisodeId == item.EpisodeId);
        var since = job?.StartDate is { } start ? $" מ-{Date(start)}" : "";
        var employer = MessageText.Plain(job?.Employer) is { } name ? $" ב{name}" : "";
        var who = MessageText.Plain(person.FullName) is { } fullName ? $"{fullName} (מספר משתתף {person.ParticipantId})" : $"משתתף מספר {person.ParticipantId}";
        return
        [
            new("שלום,"),
            new($"{who}: בעבודה{employer}{since}, " +
                $"{item.Months?.ToString(CultureInfo.InvariantCulture) ?? "6"} חודשים בעבודה הראשונה מאז ההצטרפות לתכנית."),
            new("מוצע לסגור את התיק בסיבת היציאה \"מציאת עבודה\" (found_work), אם זה מתאים."),
            new($"הודעה אוטומטית ממערכת {hub.Value.ProgramName}."),
        ];
    }

    // The personal page's signed link, behind a short one.
    private Task<string> LinkAsync(char page, FollowUpItem item, DateOnly date, CancellationToken cancellationToken)
    {
        var token = signer.Issue(page, item.ParticipantId, item.Rule, date);
        return shortLinks.CreateAsync(token, signer.Sign(token), cancellationToken);
    }

    private static string? Address(FollowUpItem item, SpotParticipant person) => item.Channel switch
    {
        FollowUpChannels.Sms => IsraeliPhone.ToE164(person.Phone),
        FollowUpChannels.Email when item.Rule == FollowUpRules.Exit => EmailAddress.Normalize(person.Coordinator),
        FollowUpChannels.Email => EmailAddress.Normalize(person.Email),
        _ => null,
    };

    // The planner plans workshop items only for sessions of this same calendar.
    private WorkshopSession Session(FollowUpItem item) =>
        WorkshopCalendar.Find(rules.Value, item.EpisodeId ?? "") ?? throw new InvalidOperationException($"Workshop {item.EpisodeId} is not in the calendar.");

    // The offer's deadline as stored; a seat taken or left meanwhile: the deadline it had.
    private async Task<DateTimeOffset> OfferUntilAsync(FollowUpItem item, CancellationToken cancellationToken) =>
        (await seats.SignUpOfAsync(item.EpisodeId!, item.ParticipantId, cancellationToken))?.OfferUntil
        ?? IsraelTime.At(item.DueOn, TimeOnly.MinValue).AddHours(rules.Value.WorkshopOfferHours);

    private DateOnly ConferenceDay(FollowUpItem item) =>
        item.DueOn.AddDays(rules.Value.ConferenceReminderDays);

    // The meeting the reminder is for: the first one after the due date whose working day before is the due date.
    private static DateOnly? MeetingDay(FollowUpItem item, SpotSnapshot data) =>
        data.Activities
            .Where(a => a.ParticipantId == item.ParticipantId && a.Type == SpotCodes.Meeting && a.Date is { } d && d > item.DueOn
                && DueItems.WorkingDayBefore(d) == item.DueOn)
            .Select(a => a.Date).Min();

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
