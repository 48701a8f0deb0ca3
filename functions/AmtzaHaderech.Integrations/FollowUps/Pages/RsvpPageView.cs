using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Localization;
using static AmtzaHaderech.Integrations.FollowUps.Pages.PageHtml;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// What the RSVP page knows: the conference (with its time and place, when the calendar has
/// them), the current answer, the other days offered, and whether the link still takes answers
/// (until the day before the conference).
public sealed record RsvpView(DateOnly ConferenceOn, ConferenceDetails? Details, RsvpChoice? Current, IReadOnlyList<DateOnly> OtherDates, bool Open);

/// The conference RSVP page (`/r/{token}`): the day, time and place, "I'll come" / "I can't
/// come", and, when the center holds later conferences, "I'd rather another date" with those
/// days. After an answer the same link shows it and lets the person change it until the day
/// before; from the conference day on it says whom to call. Two forms, so that Enter on a day's
/// radio button submits that day's form and never "I'll come". No script. Texts `rsvp.*`.
internal static class RsvpPageView
{
    public static string Title(PageReader reader) => reader.Texts.Text("rsvp.title");

    public static string Form(PageReader reader, RsvpView view, RsvpForm form, IReadOnlyList<(string Field, string Message)> errors)
    {
        var t = reader.Texts;
        var html = new StringBuilder();
        html.Append($"<h1>{E(Title(reader))}</h1>");
        html.Append(ErrorSummary(t, errors));
        html.Append($"<p id=\"{RsvpForm.QuestionId}\">").Append(t.Html("rsvp.intro", ("greeting", reader.Greeting))).Append("</p>");
        html.Append(Details(t, view.ConferenceOn, view.Details));
        if (view.Current is { } current) html.Append("<p class=\"answer\">").Append(CurrentAnswer(t, current)).Append("</p>");
        if (!view.Open)
        {
            html.Append("<p>").Append(t.Html("rsvp.closed")).Append("</p>");
            html.Append("<p>").Append(reader.Contact.Html(t, "rsvp.closed.call")).Append("</p>");
            return html.ToString();
        }
        if (view.Current is not null) html.Append("<p>").Append(ChangeUntil(t, view)).Append("</p>");

        html.Append("<form method=\"post\"><button type=\"submit\" name=\"answer\" value=\"").Append(RsvpAnswers.Yes).Append("\">").Append(t.Html("rsvp.yes")).Append("</button>");
        html.Append("<button type=\"submit\" name=\"answer\" value=\"").Append(RsvpAnswers.No).Append("\" class=\"secondary\">").Append(t.Html("rsvp.no")).Append("</button></form>");
        if (view.OtherDates.Count == 0) return html.ToString();

        var error = errors.FirstOrDefault().Message;
        var errorId = error is null ? null : "date-error";
        html.Append($"<form method=\"post\" novalidate><fieldset{(error is null ? "" : " class=\"has-error\"")}><legend>{t.Html("rsvp.other.legend")}</legend>");
        html.Append($"<p class=\"hint\">{t.Html("rsvp.other.hint")}</p>");
        if (error is not null) html.Append($"<p class=\"error\" id=\"{errorId}\">{E(error)}</p>");
        foreach (var day in view.OtherDates)
            html.Append(Choice(RsvpForm.DateName, RsvpForm.Value(day), t.DayAndDate(day), form.Date, errorId));
        html.Append("</fieldset><button type=\"submit\" name=\"answer\" value=\"").Append(RsvpAnswers.Other).Append("\">").Append(t.Html("rsvp.other.submit")).Append("</button></form>");
        return html.ToString();
    }

    /// After an answer: what was recorded, the conference it is for (the new day's, after a move),
    /// and until when it can be changed through the same link.
    public static string Thanks(PageReader reader, RsvpView view, RsvpChoice choice, ConferenceDetails? movedToDetails)
    {
        var t = reader.Texts;
        var html = new StringBuilder();
        var (title, next) = choice switch
        {
            { MovedTo: not null } => ("rsvp.thanks.moved", "rsvp.thanks.moved.next"),
            { Coming: true } => ("rsvp.thanks.coming", null),
            _ => ("rsvp.thanks.not-coming", "rsvp.thanks.not-coming.next"),
        };
        html.Append($"<h1>{t.Html(title)}</h1>");
        html.Append("<p class=\"answer\">").Append(CurrentAnswer(t, choice)).Append("</p>");
        if (next is not null) html.Append("<p>").Append(t.Html(next)).Append("</p>");
        if (choice.MovedTo is { } movedTo) html.Append(Details(t, movedTo, movedToDetails));
        else if (choice.Coming) html.Append(Details(t, view.ConferenceOn, view.Details));
        html.Append("<p>").Append(ChangeUntil(t, view)).Append("</p>");
        return html.ToString();
    }

    private static string CurrentAnswer(Texts t, RsvpChoice answer) => answer switch
    {
        { MovedTo: { } day } => t.Html("rsvp.current.moved", ("day", E(t.DayAndDate(day)))),
        { Coming: true } => t.Html("rsvp.current.coming"),
        _ => t.Html("rsvp.current.not-coming"),
    };

    private static string ChangeUntil(Texts t, RsvpView view) =>
        t.Html("rsvp.change-until", ("day", E(t.DayAndDate(view.ConferenceOn.AddDays(-1)))));

    /// When and where: the day and start time, the address with its map, how to get there.
    private static string Details(Texts t, DateOnly day, ConferenceDetails? details)
    {
        var html = new StringBuilder("<dl class=\"details\">");
        html.Append($"<dt>{t.Html("rsvp.when")}</dt><dd>");
        html.Append(details is null ? E(t.DayAndDate(day)) : t.Html("rsvp.when.value", ("day", E(t.DayAndDate(day))), ("time", E(Texts.Time(details.Time)))));
        html.Append("</dd>");
        if (details is not null)
        {
            html.Append($"<dt>{t.Html("rsvp.where")}</dt><dd>{E(details.AddressIn(t.Language))}");
            if (details.MapUrl is { } map) html.Append($"<br><a href=\"{E(map.AbsoluteUri)}\">{t.Html("rsvp.map")}</a>");
            html.Append("</dd>");
            if (details.DirectionsIn(t.Language) is { } directions) html.Append($"<dt>{t.Html("rsvp.directions")}</dt><dd>{E(directions)}</dd>");
        }
        return html.Append("</dl>").ToString();
    }
}
