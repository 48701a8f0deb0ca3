using System.Globalization;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Spot.Export;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// The messages of the follow-ups, in plain short Hebrew: the greeting (with the person's first
/// name only when it looks like one: Greeting), the center's phone, their personal link and the
/// unsubscribe link; no other address ever. The exit check is an e-mail to the coordinator,
/// quoting stored names only as plain text (MessageText). Thread-safe.
public sealed class MessageComposer(
    LinkSigner signer, CenterDirectory centers, IOptions<FollowUpSendingOptions> options, IOptions<FollowUpsOptions> rules)
{
    /// The message for a follow-up (`reminder` 0) or its n-th reminder; null when the recipient has
    /// no address on the item's channel.
    public OutgoingMessage? Compose(FollowUpItem item, SpotParticipant person, SpotExportSnapshot data, int reminder = 0)
    {
        var to = Address(item, person);
        if (to is null) return null;
        var reference = reminder == 0 ? item.Key : $"{item.Key}|reminder{reminder.ToString(CultureInfo.InvariantCulture)}";
        if (item.Rule == FollowUpRules.Exit)
            return new OutgoingMessage(reference, item.Channel, to, $"הצעה לסגירת תיק: {person.ParticipantId}", ExitLines(item, person, data));

        var hello = Greeting.Hello(person.FirstName);
        var phone = (centers.ById(person.Center) ?? centers.Centers[0]).Phone;
        var unsubscribe = new MessageLine("להפסקת ההודעות:", Link(LinkPages.Unsubscribe, item, item.DueOn), "הסרה");
        var (subject, lines) = item.Rule switch
        {
            FollowUpRules.Conference => Conference(item, hello, ConferenceDay(item)),
            FollowUpRules.Meeting => Meeting(hello, MeetingDay(item, data)),
            _ when reminder > 0 => ("תזכורת: נשמח לשמוע ממך", (IReadOnlyList<MessageLine>)
            [
                new($"{hello}, תזכורת ממוצא הדרך: עוד לא שמענו ממך."),
                new("האם את/ה עובד/ת כעת? התשובה לוקחת דקה:", Link(LinkPages.Status, item, item.DueOn), "למילוי"),
            ]),
            _ => ("מוצא הדרך: האם את/ה עובד/ת כעת?", (IReadOnlyList<MessageLine>)
            [
                new($"{hello}, כאן מוצא הדרך."),
                new("האם את/ה עובד/ת כעת? נשמח לתשובה קצרה כאן:", Link(LinkPages.Status, item, item.DueOn), "למילוי"),
            ]),
        };
        return new OutgoingMessage(reference, item.Channel, to, subject, [.. lines, new($"לשאלות: {phone}"), unsubscribe]);
    }

    private (string, IReadOnlyList<MessageLine>) Conference(FollowUpItem item, string hello, DateOnly day) =>
        ($"כנס החשיפה של מוצא הדרך ב-{Date(day)}: אישור הגעה",
        [
            new($"{hello}, מחכים לך בכנס החשיפה של מוצא הדרך ביום {HebrewDates.DayName(day)} {Date(day)}."),
            new("נא לאשר הגעה:", Link(LinkPages.Rsvp, item, day), "לאישור"),
        ]);

    private static (string, IReadOnlyList<MessageLine>) Meeting(string hello, DateOnly? day) =>
        (day is { } d ? $"תזכורת: פגישה במוצא הדרך ב-{Date(d)}" : "תזכורת: פגישה במוצא הדרך",
        [
            new(day is { } on
                ? $"{hello}, תזכורת: נקבעה לך פגישה במוצא הדרך ביום {HebrewDates.DayName(on)} {Date(on)}."
                : $"{hello}, תזכורת: נקבעה לך פגישה במוצא הדרך."),
            new("אם צריך לשנות את המועד, נא להתקשר."),
        ]);

    private static IReadOnlyList<MessageLine> ExitLines(FollowUpItem item, SpotParticipant person, SpotExportSnapshot data)
    {
        var job = data.Episodes.FirstOrDefault(e => e.EpisodeId == item.EpisodeId);
        var since = job?.StartDate is { } start ? $" מ-{Date(start)}" : "";
        var employer = MessageText.Plain(job?.Employer) is { } name ? $" ב{name}" : "";
        var who = MessageText.Plain(person.FullName) is { } fullName ? $"{fullName} (מספר משתתף/ת {person.ParticipantId})" : $"משתתף/ת מספר {person.ParticipantId}";
        return
        [
            new("שלום,"),
            new($"{who} עובד/ת{employer}{since}, " +
                $"{item.Months?.ToString(CultureInfo.InvariantCulture) ?? "6"} חודשים בעבודה הראשונה מאז ההצטרפות לתכנית."),
            new("מוצע לסגור את התיק בסיבת יציאה \"מצא/ה עבודה\" (found_work), אם זה מתאים."),
            new("הודעה אוטומטית ממערכת מוצא הדרך."),
        ];
    }

    private string Link(char page, FollowUpItem item, DateOnly date) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{page}/{signer.Sign(signer.Issue(page, item.ParticipantId, item.Rule, date))}";

    private static string? Address(FollowUpItem item, SpotParticipant person) => item.Channel switch
    {
        FollowUpChannels.Sms => IsraeliPhone.ToE164(person.Phone),
        FollowUpChannels.Email when item.Rule == FollowUpRules.Exit => EmailAddress.Normalize(person.Coordinator),
        FollowUpChannels.Email => EmailAddress.Normalize(person.Email),
        _ => null,
    };

    private DateOnly ConferenceDay(FollowUpItem item) =>
        item.DueOn.AddDays(rules.Value.ConferenceReminderDays);

    // The meeting the reminder is for: the first one after the due date whose working day before is the due date.
    private static DateOnly? MeetingDay(FollowUpItem item, SpotExportSnapshot data) =>
        data.Activities
            .Where(a => a.ParticipantId == item.ParticipantId && a.Type == SpotCodes.Meeting && a.Date is { } d && d > item.DueOn
                && DueItems.WorkingDayBefore(d) == item.DueOn)
            .Select(a => a.Date).Min();

    private static string Date(DateOnly day) => HebrewDates.Date(day);
}
