using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// The words of each message a participant gets, in their language and addressed to them (texts
/// `message.*` of Data/Texts/): a greeting with the first name, what it is about, ONE link (the
/// personal page, where the person also answers, changes an answer or stops the messages) and
/// the center's phone. Short, because an SMS in Hebrew, Russian or Arabic is billed by parts of
/// 67 characters. Pure.
internal static class MessageTexts
{
    public static MessageContent CheckIn(Texts texts, string? firstName, int reminder, string url, string phone)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var question = texts.Text("message.checkin.question");
        var opening = reminder > 0
            ? texts.Text("message.checkin.reminder", ("greeting", Greet(texts, firstName)), ("question", question))
            : texts.Text("message.checkin.first", ("greeting", Greet(texts, firstName)), ("question", question));
        var subject = texts.Text(reminder > 0 ? "message.checkin.reminder.subject" : "message.checkin.subject", ("question", question));
        return new(subject,
        [
            new(opening),
            new(texts.Text("message.checkin.link"), url, texts.Text("message.checkin.link.label")),
            new(texts.Text("message.phone", ("phone", phone))),
        ]);
    }

    /// The reminder of an exposure conference: the day, the start time and the place; the page
    /// behind the link adds the map and how to get there.
    public static MessageContent Conference(Texts texts, string? firstName, DateOnly day, ConferenceDetails? details, string url, string phone)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var greeting = ("greeting", Greet(texts, firstName));
        var onDay = ("onWeekday", texts.OnWeekday(day));
        var date = ("date", texts.ShortDate(day));
        var opening = details is null
            ? texts.Text("message.conference.text.date-only", greeting, onDay, date)
            : texts.Text("message.conference.text", greeting, onDay, date, ("time", Texts.Time(details.Time)), ("address", details.AddressIn(texts.Language)));
        return new(texts.Text("message.conference.subject", ("weekday", texts.Weekday(day)), date),
        [
            new(opening),
            new(texts.Text("message.conference.link"), url, texts.Text("message.conference.link.label")),
            new(texts.Text("message.phone", ("phone", phone))),
        ]);
    }

    /// The reminder of a meeting with the coordinator; its link is the page to stop the messages.
    public static MessageContent Meeting(Texts texts, string? firstName, DateOnly? day, string url, string phone)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var greeting = ("greeting", Greet(texts, firstName));
        var opening = day is { } on
            ? texts.Text("message.meeting.text", greeting, ("onWeekday", texts.OnWeekday(on)), ("date", texts.ShortDate(on)))
            : texts.Text("message.meeting.text.no-day", greeting);
        var subject = day is { } d
            ? texts.Text("message.meeting.subject", ("weekday", texts.Weekday(d)), ("date", texts.ShortDate(d)))
            : texts.Text("message.meeting.subject.no-day");
        return new(subject,
        [
            new(opening),
            new(texts.Text("message.meeting.change", ("phone", phone))),
            new(texts.Text("message.unsubscribe.link"), url, texts.Text("message.unsubscribe.link.label")),
        ]);
    }

    /// The invitation to the center's workshops of the next weeks; the page lists them with the seats left.
    public static MessageContent Workshops(Texts texts, string? firstName, string url, string phone)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new(texts.Text("message.workshops.subject"),
        [
            new(texts.Text("message.workshops.text", ("greeting", Greet(texts, firstName)))),
            new(texts.Text("message.workshops.link"), url, texts.Text("message.workshops.link.label")),
            new(texts.Text("message.phone", ("phone", phone))),
        ]);
    }

    /// The reminder of a workshop the person signed up for: what, when and where; the link cancels.
    public static MessageContent WorkshopReminder(Texts texts, string? firstName, WorkshopSession session, string url, string phone)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(session);
        var title = ("title", session.TitleIn(texts.Language));
        var date = ("date", texts.ShortDate(session.Date));
        return new(texts.Text("message.workshop.reminder.subject", title, ("weekday", texts.Weekday(session.Date)), date),
        [
            new(texts.Text("message.workshop.reminder.text", ("greeting", Greet(texts, firstName)), title, ("onWeekday", texts.OnWeekday(session.Date)), date,
                ("time", Texts.Time(session.Start)), ("address", session.AddressIn(texts.Language)))),
            new(texts.Text("message.workshop.reminder.link"), url, texts.Text("message.workshop.reminder.link.label")),
            new(texts.Text("message.phone", ("phone", phone))),
        ]);
    }

    /// A seat freed by a cancellation, kept for the person until `until`; the link takes it.
    public static MessageContent WorkshopOffer(Texts texts, string? firstName, WorkshopSession session, DateTimeOffset until, string url, string phone)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(session);
        var title = ("title", session.TitleIn(texts.Language));
        var date = ("date", texts.ShortDate(session.Date));
        return new(texts.Text("message.workshop.offer.subject", title, ("weekday", texts.Weekday(session.Date)), date),
        [
            new(texts.Text("message.workshop.offer.text", ("greeting", Greet(texts, firstName)), title, ("onWeekday", texts.OnWeekday(session.Date)), date,
                ("time", Texts.Time(session.Start)), ("until", Until(texts, until)))),
            new(texts.Text("message.workshop.offer.link"), url, texts.Text("message.workshop.offer.link.label")),
            new(texts.Text("message.phone", ("phone", phone))),
        ]);
    }

    /// "יום שישי, 04/12/2026, בשעה 10:30": a moment in Israel time, as the RSVP page writes a conference's.
    public static string Until(Texts texts, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var local = TimeZoneInfo.ConvertTime(until, IsraelTime.Zone);
        return texts.Text("rsvp.when.value", ("day", texts.DayAndDate(DateOnly.FromDateTime(local.DateTime))), ("time", Texts.Time(TimeOnly.FromDateTime(local.DateTime))));
    }

    private static string Greet(Texts texts, string? firstName) =>
        Greeting.FirstName(firstName) is { } name ? texts.Text("message.greeting", ("name", name)) : texts.Text("message.greeting.no-name");
}

/// A message's subject (e-mail) and lines.
public sealed record MessageContent(string Subject, IReadOnlyList<MessageLine> Lines);
