using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.FollowUps.Messages;

/// The words of each message a participant gets, in their language and addressed to them (texts
/// `message.*` of Data/Texts/): a greeting with the first name, what it is about, ONE link (the
/// personal page, where the person also answers, changes an answer or stops the messages) and
/// the center's phone. Short, because an SMS in Hebrew, Russian or Arabic is billed by parts of
/// 67 characters. Pure.
public static class MessageTexts
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

    private static string Greet(Texts texts, string? firstName) =>
        Greeting.FirstName(firstName) is { } name ? texts.Text("message.greeting", ("name", name)) : texts.Text("message.greeting.no-name");
}

/// A message's subject (e-mail) and lines.
public sealed record MessageContent(string Subject, IReadOnlyList<MessageLine> Lines);
