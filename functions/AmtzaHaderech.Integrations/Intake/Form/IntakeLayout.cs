using System.Text;
using AmtzaHaderech.Integrations.Configuration;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// The document around every page: Hebrew, right to left, a skip link, the program's name, and a
/// footer with the centers' phones (help with the form, and the accessibility contact IS 5568
/// asks for).
public static class IntakeLayout
{
    public const string ProgramName = "אמצע הדרך";

    public static string Render(string title, string main, IReadOnlyList<CenterOptions> centers, bool withScript)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!doctype html><html lang=\"he\" dir=\"rtl\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{Html.Encode(title)} - {ProgramName}</title>");
        html.Append($"<link rel=\"stylesheet\" href=\"{IntakeAssets.Url(IntakeAssets.Stylesheet)}\">");
        if (withScript) html.Append($"<script src=\"{IntakeAssets.Url(IntakeAssets.Script)}\" defer></script>");
        html.Append("</head><body>");
        html.Append("<a class=\"skip-link\" href=\"#main\">דילוג לתוכן העמוד</a>");
        html.Append("<header class=\"site-header\"><div class=\"container\">");
        html.Append($"<p class=\"site-header__name\">{ProgramName}</p>");
        html.Append("<p class=\"site-header__tagline\">חזרה לעבודה בגיל 45 ומעלה</p>");
        html.Append("</div></header>");
        html.Append($"<main class=\"container\" id=\"main\" tabindex=\"-1\">{main}</main>");
        html.Append("<footer class=\"site-footer\"><div class=\"container\">");
        html.Append("<h2 class=\"site-footer__title\">צריכים עזרה?</h2>");
        html.Append("<p>אפשר להתקשר למרכז הקרוב אליכם, גם כדי להירשם בטלפון וגם אם משהו בעמוד לא נגיש לכם:</p><ul class=\"site-footer__list\">");
        foreach (var center in centers)
            html.Append($"<li>מרכז {Html.Encode(center.Name)}: {Html.PhoneLink(center.Phone)}</li>");
        html.Append("</ul></div></footer></body></html>");
        return html.ToString();
    }
}
