using System.Text;
using AmtzaHaderech.Integrations.Configuration;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The pages that are not the form: thanks, and the refusals a person (or a program) may meet.
/// They echo nothing a person typed except, on the thanks, the first name.
public static class IntakeMessagePages
{
    public static string ThankYou(string firstName, bool alreadyReceived, CenterOptions? center)
    {
        var main = new StringBuilder();
        main.Append("<div class=\"panel\" id=\"confirmation\" tabindex=\"-1\" autofocus>");
        main.Append($"<h1 class=\"heading\">תודה, {Html.Encode(firstName)}!</h1>");
        main.Append(alreadyReceived
            ? "<p class=\"lead\">הטופס הזה כבר הגיע אלינו, ואין צורך לשלוח אותו שוב.</p>"
            : "<p class=\"lead\">הטופס נשלח והגיע אלינו.</p>");
        main.Append("</div>");
        main.Append("<h2 class=\"section-title\">מה קורה עכשיו?</h2>");
        main.Append("<p>נציג או נציגה של התוכנית יתקשרו אליכם בימים הקרובים כדי להכיר ולספר על התוכנית.</p>");
        if (center is not null)
            main.Append($"<p>המרכז הקרוב אליכם: מרכז {Html.Encode(center.Name)}, טלפון {Html.PhoneLink(center.Phone)}.</p>");
        main.Append("<p>אפשר לסגור את העמוד.</p>");
        return main.ToString();
    }

    /// A refusal: what happened, and what the person can do (go back, or phone a center).
    public static string Refusal(string title, string explanation) =>
        $"<div class=\"panel panel--warning\" id=\"refusal\" tabindex=\"-1\" autofocus><h1 class=\"heading\">{Html.Encode(title)}</h1>" +
        $"<p class=\"lead\">{Html.Encode(explanation)}</p></div>" +
        "<p><a class=\"button button--secondary\" href=\"/intake\">חזרה לטופס</a></p>" +
        "<p>אפשר גם להירשם בטלפון, במספרים שבתחתית העמוד.</p>";
}
