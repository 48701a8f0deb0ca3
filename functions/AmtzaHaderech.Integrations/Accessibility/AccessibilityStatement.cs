using System.Text;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Accessibility;

/// The accessibility statement (הצהרת נגישות) that the regulations on accessible services
/// (IS 5568) ask a public service to publish, linked from every page and the form: what was made
/// accessible, what is known not to be, when it was written, and whom to ask for help (the
/// accessibility coordinator of `Accessibility`). `GET /accessibility[?lang=ru]`; texts `accessibility.*`.
public sealed class AccessibilityStatement(Localizer localizer, CenterDirectory centers, IOptions<AccessibilityOptions> options)
{
    public const string Path = IntakeLayout.AccessibilityPath;

    private static readonly string[] Done = ["keyboard", "screen-reader", "text", "phone", "time", "languages", "tested"];
    private static readonly string[] Limits = ["occupations", "sms", "map", "audit"];

    public IntakeResponse Show(string? language)
    {
        var texts = localizer.For(language);
        var o = options.Value;
        var main = new StringBuilder();
        main.Append($"<h1 class=\"heading\">{texts.Html("accessibility.title")}</h1>");
        main.Append($"<p class=\"lead\">{texts.Html("accessibility.intro")}</p>");
        main.Append($"<h2 class=\"section-title\">{texts.Html("accessibility.done.title")}</h2><ul class=\"list\">");
        foreach (var item in Done) main.Append($"<li>{texts.Html("accessibility.done." + item)}</li>");
        main.Append($"</ul><h2 class=\"section-title\">{texts.Html("accessibility.limits.title")}</h2><ul class=\"list\">");
        foreach (var item in Limits) main.Append($"<li>{texts.Html("accessibility.limits." + item)}</li>");
        main.Append($"</ul><h2 class=\"section-title\">{texts.Html("accessibility.contact.title")}</h2>");
        main.Append("<p>").Append(texts.Html("accessibility.contact.text",
            ("name", Html.Encode(Translations.Pick(o.CoordinatorName, o.CoordinatorNameTranslations, texts.Language))),
            ("phone", Html.PhoneLink(o.Phone)),
            ("email", $"<a href=\"mailto:{Html.Encode(o.Email)}\" dir=\"ltr\">{Html.Encode(o.Email)}</a>"))).Append("</p>");
        main.Append($"<p>{texts.Html("accessibility.contact.centers")}</p>");
        main.Append($"<p>{texts.Html("accessibility.updated", ("date", Html.Encode(texts.Date(o.UpdatedOn))))}</p>");
        return IntakeResponse.Page(StatusCodes.Status200OK, IntakeLayout.Render(texts, texts.Text("accessibility.title"), main.ToString(),
            centers.Centers, withScript: false, localizer.Languages, IntakeLayout.AccessibilityLink));
    }
}

public static class AccessibilityStatementEndpoints
{
    /// `amtza serve`'s route; the Functions app has the function ShowAccessibilityStatement.
    public static IEndpointRouteBuilder MapAccessibilityStatement(this IEndpointRouteBuilder app)
    {
        app.MapGet(AccessibilityStatement.Path, (HttpRequest request, [FromServices] AccessibilityStatement statement) =>
            statement.Show(request.Query["lang"]));
        return app;
    }
}
