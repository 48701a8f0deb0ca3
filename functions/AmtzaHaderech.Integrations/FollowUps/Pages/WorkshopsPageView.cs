using System.Globalization;
using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.Localization;
using static AmtzaHaderech.Integrations.FollowUps.Pages.PageHtml;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The workshops page's HTML: a section per session (its title a heading, when and where, the
/// seats left or where the person stands) with a form of its own whose buttons name the session
/// to screen readers (aria-describedby the heading). No script. Texts `workshops.*`.
internal static class WorkshopsPageView
{
    public static string Title(PageReader reader) => reader.Texts.Text("workshops.title");

    public static string Body(PageReader reader, IReadOnlyList<WorkshopRow> rows, string? done)
    {
        var t = reader.Texts;
        var html = new StringBuilder($"<h1>{E(Title(reader))}</h1>");
        if (done is not null) html.Append($"<p class=\"answer\" role=\"status\">{done}</p>");
        html.Append("<p>").Append(t.Html("workshops.intro", ("greeting", reader.Greeting))).Append("</p>");
        if (rows.Count == 0) return html.Append("<p>").Append(t.Html("workshops.none")).Append("</p>").ToString();
        foreach (var row in rows) html.Append(Section(t, row));
        return html.ToString();
    }

    private static string Section(Texts t, WorkshopRow row)
    {
        var session = row.Session;
        var heading = "w-" + session.Id;
        var html = new StringBuilder($"<section aria-labelledby=\"{heading}\"><h2 id=\"{heading}\">{E(session.TitleIn(t.Language))}</h2>");
        html.Append("<dl class=\"details\">");
        html.Append($"<dt>{t.Html("workshops.when")}</dt><dd>")
            .Append(t.Html("workshops.when.value", ("day", E(t.DayAndDate(session.Date))), ("start", E(Texts.Time(session.Start))), ("end", E(Texts.Time(session.End)))))
            .Append("</dd>");
        html.Append($"<dt>{t.Html("workshops.where")}</dt><dd>{E(session.AddressIn(t.Language))}");
        if (session.MapUrl is { } map) html.Append($"<br><a href=\"{E(map.AbsoluteUri)}\">{t.Html("workshops.map")}</a>");
        html.Append("</dd></dl>");

        var state = row.Mine?.State;
        html.Append("<p class=\"answer\">").Append(state switch
        {
            SignUpStates.Booked => t.Html("workshops.state.booked"),
            SignUpStates.Waiting => t.Html("workshops.state.waiting", ("position", (row.Position ?? 0).ToString(CultureInfo.InvariantCulture))),
            SignUpStates.Offered => t.Html("workshops.state.offered", ("until", E(Messages.MessageTexts.Until(t, row.Mine!.OfferUntil!.Value)))),
            _ => row.Free switch
            {
                0 => t.Html("workshops.seats.full"),
                1 => t.Html("workshops.seats.one"),
                var n => t.Html("workshops.seats.many", ("count", n.ToString(CultureInfo.InvariantCulture))),
            },
        }).Append("</p>");

        html.Append($"<form method=\"post\"><input type=\"hidden\" name=\"session\" value=\"{E(session.Id)}\">");
        switch (state)
        {
            case SignUpStates.Booked: html.Append(Button(t, WorkshopActions.Cancel, "workshops.cancel", heading, secondary: true)); break;
            case SignUpStates.Waiting: html.Append(Button(t, WorkshopActions.Cancel, "workshops.leave-waiting", heading, secondary: true)); break;
            case SignUpStates.Offered:
                html.Append(Button(t, WorkshopActions.Take, "workshops.take", heading, secondary: false));
                html.Append(Button(t, WorkshopActions.Cancel, "workshops.decline", heading, secondary: true));
                break;
            default:
                html.Append(row.Free > 0
                    ? Button(t, WorkshopActions.Come, "workshops.come", heading, secondary: false)
                    : Button(t, WorkshopActions.JoinWaiting, "workshops.join-waiting", heading, secondary: false));
                break;
        }
        return html.Append("</form></section>").ToString();
    }

    private static string Button(Texts t, string action, string key, string heading, bool secondary) =>
        $"<button type=\"submit\" name=\"action\" value=\"{action}\" aria-describedby=\"{heading}\"{(secondary ? " class=\"secondary\"" : "")}>{t.Html(key)}</button>";
}
