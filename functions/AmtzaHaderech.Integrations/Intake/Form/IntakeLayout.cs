using System.Text;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The document around the public pages (the form, its answers, the accessibility statement): the
/// reader's language and direction, a skip link, the program's name, the language switch, and a
/// footer with the centers' phones (help with the form, and the accessibility contact IS 5568 asks
/// for) and the accessibility statement. Texts `layout.*`.
internal static class IntakeLayout
{
    /// The accessibility statement every page links to from its footer (served by
    /// Accessibility/AccessibilityStatement).
    public const string AccessibilityPath = "/accessibility";

    /// The statement's address in a language.
    public static string AccessibilityLink(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Code == Language.HebrewCode ? AccessibilityPath : $"{AccessibilityPath}?lang={language.Code}";
    }

    /// `languageLink`, when given, is the page's address in each language, for the language switch.
    public static string Render(
        Texts texts, string title, string main, IReadOnlyList<CenterOptions> centers, bool withScript,
        IReadOnlyList<Language>? languages = null, Func<Language, string>? languageLink = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(centers);
        var language = texts.Language;
        var html = new StringBuilder(16 * 1024);
        html.Append($"<!doctype html><html lang=\"{language.Code}\" dir=\"{language.Direction}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{texts.Html("page.title", ("title", Html.Encode(title)))}</title>");
        html.Append($"<link rel=\"stylesheet\" href=\"{IntakeAssets.Url(IntakeAssets.Stylesheet)}\">");
        if (withScript) html.Append($"<script src=\"{IntakeAssets.Url(IntakeAssets.Script)}\" defer></script>");
        html.Append("</head><body>");
        html.Append($"<a class=\"skip-link\" href=\"#main\">{texts.Html("layout.skip")}</a>");
        html.Append("<header class=\"site-header\"><div class=\"container\">");
        html.Append($"<p class=\"site-header__name\">{Html.Encode(texts.ProgramName)}</p>");
        html.Append($"<p class=\"site-header__tagline\">{texts.Html("layout.tagline")}</p>");
        if (languages is { Count: > 1 } && languageLink is not null) LanguageSwitch(html, texts, languages, languageLink);
        html.Append("</div></header>");
        html.Append($"<main class=\"container\" id=\"main\" tabindex=\"-1\">{main}</main>");
        html.Append("<footer class=\"site-footer\"><div class=\"container\">");
        html.Append($"<h2 class=\"site-footer__title\">{texts.Html("layout.help.title")}</h2>");
        html.Append($"<p>{texts.Html("layout.help.text")}</p><ul class=\"site-footer__list\">");
        foreach (var center in centers)
            html.Append("<li>").Append(texts.Html("layout.help.center",
                ("center", Html.Encode(Translations.Pick(center.Name, center.NameTranslations, language))), ("phone", Html.PhoneLink(center.Phone)))).Append("</li>");
        html.Append("</ul>");
        html.Append($"<p><a href=\"{Html.Encode(AccessibilityLink(language))}\">{texts.Html("page.accessibility")}</a></p>");
        html.Append("</div></footer></body></html>");
        return html.ToString();
    }

    // Each language named in itself (and marked as such, so a screen reader reads it right); the
    // current one is not a link.
    private static void LanguageSwitch(StringBuilder html, Texts texts, IReadOnlyList<Language> languages, Func<Language, string> link)
    {
        html.Append($"<nav class=\"languages\" aria-label=\"{texts.Html("layout.languages")}\"><ul class=\"languages__list\">");
        foreach (var other in languages)
        {
            var attributes = $"lang=\"{other.Code}\" dir=\"{other.Direction}\"";
            html.Append(other == texts.Language
                ? $"<li><span class=\"languages__current\" {attributes} aria-current=\"page\">{Html.Encode(other.Name)}</span></li>"
                : $"<li><a class=\"languages__link\" href=\"{Html.Encode(link(other))}\" hreflang=\"{other.Code}\" {attributes}>{Html.Encode(other.Name)}</a></li>");
        }
        html.Append("</ul></nav>");
    }
}
