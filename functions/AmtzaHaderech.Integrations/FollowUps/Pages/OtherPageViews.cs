using static AmtzaHaderech.Integrations.FollowUps.Pages.PageHtml;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The unsubscribe page (`/u/{token}`), and the polite page for a link that does not work,
/// which shows nothing about anyone, and the page for an answer the hub could not read (too
/// large, malformed). Texts `unsubscribe.*`, `invalid.*`, `unreadable.*`.
internal static class OtherPageViews
{
    public static string UnsubscribeTitle(PageReader reader) => reader.Texts.Text("unsubscribe.title");

    public static string Unsubscribe(PageReader reader) =>
        $"<h1>{E(UnsubscribeTitle(reader))}</h1>" +
        $"<p>{reader.Texts.Html("unsubscribe.question", ("greeting", reader.Greeting))}</p>" +
        $"<form method=\"post\"><button type=\"submit\" name=\"confirm\" value=\"yes\">{reader.Texts.Html("unsubscribe.confirm")}</button></form>" +
        $"<p>{reader.Texts.Html("unsubscribe.keep")}</p>";

    public static string Unsubscribed(PageReader reader) =>
        $"<h1>{reader.Texts.Html("unsubscribe.done.title")}</h1><p>{reader.Texts.Html("unsubscribe.done")}</p>";

    public static string InvalidTitle(Localization.Texts texts) => texts.Text("invalid.title");

    /// Tampered, expired or already used: the same words for all, so the page tells nothing.
    public static string Invalid(Localization.Texts texts) =>
        $"<h1>{E(InvalidTitle(texts))}</h1><p>{texts.Html("invalid.text")}</p><p>{texts.Html("invalid.call")}</p>";

    public static string UnreadableTitle(Localization.Texts texts) => texts.Text("unreadable.title");

    /// A body too large or malformed: nothing was saved, and the link still works.
    public static string Unreadable(Localization.Texts texts) =>
        $"<h1>{E(UnreadableTitle(texts))}</h1><p>{texts.Html("unreadable.text")}</p><p>{texts.Html("invalid.call")}</p>";
}
