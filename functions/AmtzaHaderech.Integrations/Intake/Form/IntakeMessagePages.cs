using System.Text;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Localization;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The pages that are not the form: thanks, and the refusals a person (or a program) may meet.
/// They echo nothing a person typed except, on the thanks, the first name. Texts `intake.thanks.*`,
/// `intake.refusal.*`.
internal static class IntakeMessagePages
{
    public static string ThankYou(Texts texts, string firstName, bool alreadyReceived, CenterOptions? center)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var main = new StringBuilder();
        main.Append("<div class=\"panel\" id=\"confirmation\" tabindex=\"-1\" autofocus>");
        main.Append($"<h1 class=\"heading\">{texts.Html("intake.thanks.heading", ("name", Html.Encode(firstName)))}</h1>");
        main.Append($"<p class=\"lead\">{texts.Html(alreadyReceived ? "intake.thanks.already" : "intake.thanks.sent")}</p>");
        main.Append("</div>");
        main.Append($"<h2 class=\"section-title\">{texts.Html("intake.thanks.next.title")}</h2>");
        main.Append($"<p>{texts.Html("intake.thanks.next")}</p>");
        if (center is not null)
            main.Append("<p>").Append(texts.Html("intake.thanks.center",
                ("center", Html.Encode(Translations.Pick(center.Name, center.NameTranslations, texts.Language))), ("phone", Html.PhoneLink(center.Phone)))).Append("</p>");
        main.Append($"<p>{texts.Html("intake.thanks.close")}</p>");
        return main.ToString();
    }

    /// A refusal: what happened, and what the person can do (go back, or phone a center).
    public static string Refusal(Texts texts, string title, string explanation, string formLink)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return $"<div class=\"panel panel--warning\" id=\"refusal\" tabindex=\"-1\" autofocus><h1 class=\"heading\">{Html.Encode(title)}</h1>" +
            $"<p class=\"lead\">{Html.Encode(explanation)}</p></div>" +
            $"<p><a class=\"button button--secondary\" href=\"{Html.Encode(formLink)}\">{texts.Html("intake.refusal.back")}</a></p>" +
            $"<p>{texts.Html("intake.refusal.phone")}</p>";
    }
}
