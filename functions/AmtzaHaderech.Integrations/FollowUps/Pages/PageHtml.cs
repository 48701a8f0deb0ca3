using System.Text;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The shared frame of the participants' pages: the reader's language and direction, large
/// type, strong contrast, visible focus, one column that fits a phone (IS 5568 / WCAG 2.1 AA), and
/// a footer with the center's phone, the accessibility statement and, on a personal page, the
/// way to stop the messages.
internal static class PageHtml
{
    private const string Style = """
        *{box-sizing:border-box}
        html{font-size:125%}
        body{margin:0;font-family:Arial,"Noto Sans Hebrew","Noto Sans Arabic",sans-serif;line-height:1.6;color:#1a1a1a;background:#fff}
        header,main,footer{max-width:38rem;margin:0 auto;padding:1rem}
        header{border-bottom:4px solid #0b4f8a}
        header p{margin:0;font-weight:bold;color:#0b4f8a}
        h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0 1rem}
        h2{font-size:1.2rem}
        fieldset{border:2px solid #595959;border-radius:.5rem;margin:0 0 1.25rem;padding:.75rem 1rem}
        fieldset.has-error{border:3px solid #b00020}
        legend{font-weight:bold;padding:0 .25rem}
        .choice{display:flex;align-items:center;gap:.6rem;margin:.4rem 0}
        .choice input{width:1.4rem;height:1.4rem;margin:0;flex:none}
        .field{margin:.75rem 0}
        .field label{display:block;font-weight:bold}
        .hint{color:#4a4a4a;font-size:.9rem;margin:.25rem 0}
        input[type=text],input[type=number]{font:inherit;width:100%;padding:.5rem;border:2px solid #595959;border-radius:.4rem}
        input[aria-invalid=true]{border:3px solid #b00020}
        input.short{max-width:10rem}
        button{font:inherit;font-weight:bold;color:#fff;background:#0b4f8a;border:2px solid #0b4f8a;border-radius:.5rem;padding:.75rem 1.5rem;margin-block:.25rem;margin-inline:0 .5rem;cursor:pointer}
        button.secondary{background:#fff;color:#0b4f8a;border:2px solid #0b4f8a}
        :focus-visible{outline:4px solid #c25100;outline-offset:3px}
        .errors{border:3px solid #b00020;border-radius:.5rem;padding:.5rem 1rem;margin-bottom:1rem}
        .errors h2{color:#b00020;margin:.25rem 0}
        .error{color:#b00020;font-weight:bold;margin:.25rem 0}
        .details{border-inline-start:6px solid #0b4f8a;background:#eef4fa;padding:.5rem 1rem;margin:0 0 1.25rem}
        .details dt{font-weight:bold}
        .details dd{margin:0 0 .5rem}
        .answer{font-weight:bold}
        a{color:#0b4f8a}
        footer{border-top:1px solid #595959;font-size:.95rem}
        footer ul{margin:.25rem 0;padding-inline-start:1.25rem}
        """;

    public static string E(string? text) => Texts.Encode(text);

    public static string Page(Texts texts, string title, string body, IReadOnlyList<CenterOptions> phones, string? unsubscribeUrl = null)
    {
        var language = texts.Language;
        var html = new StringBuilder()
            .Append($"<!DOCTYPE html><html lang=\"{language.Code}\" dir=\"{language.Direction}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(texts.Html("page.title", ("title", E(title)))).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><p>").Append(E(texts.ProgramName)).Append("</p></header><main>").Append(body).Append("</main>")
            .Append("<footer>").Append(Phones(texts, phones));
        html.Append("<p><a href=\"").Append(E(IntakeLayout.AccessibilityLink(language))).Append("\">").Append(texts.Html("page.accessibility")).Append("</a></p>");
        if (unsubscribeUrl is not null)
            html.Append("<p><a href=\"").Append(E(unsubscribeUrl)).Append("\">").Append(texts.Html("page.unsubscribe")).Append("</a></p>");
        return html.Append("</footer></body></html>").ToString();
    }

    public static string CenterName(Texts texts, CenterOptions center) => Translations.Pick(center.Name, center.NameTranslations, texts.Language);

    /// The center's phone (or every center's, when the person is not known), as tap-to-call links.
    private static string Phones(Texts texts, IReadOnlyList<CenterOptions> centers)
    {
        if (centers.Count == 1)
            return "<p>" + texts.Html("page.footer.phone", ("center", E(CenterName(texts, centers[0]))), ("phone", Phone(centers[0]))) + "</p>";
        var list = new StringBuilder("<p>").Append(texts.Html("page.footer.phones")).Append("</p><ul>");
        foreach (var center in centers) list.Append($"<li>{E(CenterName(texts, center))}: {Phone(center)}</li>");
        return list.Append("</ul>").ToString();
    }

    public static string Phone(CenterOptions center) => PhoneLink(center.Phone);

    public static string PhoneLink(string phone) =>
        $"<a href=\"tel:{E(new string([.. phone.Where(c => char.IsDigit(c) || c == '+')]))}\" dir=\"ltr\">{E(phone)}</a>";

    public static string Choice(string name, string value, string label, string? selected, string? describedBy = null) =>
        $"<div class=\"choice\"><input type=\"radio\" id=\"{name}-{value}\" name=\"{name}\" value=\"{value}\"" +
        (selected == value ? " checked" : "") + (describedBy is null ? "" : $" aria-describedby=\"{describedBy}\"") +
        $"><label for=\"{name}-{value}\">{E(label)}</label></div>";

    public static string ErrorSummary(Texts texts, IReadOnlyList<(string Field, string Message)> errors)
    {
        if (errors.Count == 0) return "";
        var html = new StringBuilder("<div class=\"errors\" role=\"alert\"><h2>").Append(texts.Html("page.errors.title")).Append("</h2><ul>");
        foreach (var (field, message) in errors) html.Append($"<li><a href=\"#{field}\">{E(message)}</a></li>");
        return html.Append("</ul></div>").ToString();
    }
}
