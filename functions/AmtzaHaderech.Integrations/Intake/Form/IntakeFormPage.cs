using System.Text;
using AmtzaHaderech.Integrations.Localization;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// What the form page shows: the token, what was typed, the errors, a message about the whole form
/// (sent too fast, too many submissions, a fault on our side), the served cities with their
/// centers, the centers' own "how did you hear of us" answers, and the reader's texts.
internal sealed record FormView(
    string Token, IntakeInput Input, IReadOnlyList<FieldError> Errors, IReadOnlyList<CityChoice> Cities,
    IReadOnlyList<LocalHeardVia> LocalHeardVia, Texts Texts, string? Notice = null);

/// A served city and the code of the center that serves it.
internal sealed record CityChoice(string Name, string Center);

/// A "how did you hear of us" answer one center offers its people, in the reader's language.
internal sealed record LocalHeardVia(string Center, string Channel, string Label);

/// The form, one question per line in the order a person thinks of them, grouped under headings.
/// Texts `intake.*`.
internal static class IntakeFormPage
{
    public static string Title(Texts texts) => texts.Text("intake.title");

    public static string Render(FormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = view.Texts;
        var html = new StringBuilder(32 * 1024);
        var fields = new FormFields(html, view.Input, view.Errors, t);
        html.Append($"<h1 class=\"heading\">{t.Html("intake.heading")}</h1>");
        html.Append($"<p class=\"lead\">{t.Html("intake.lead")}</p>");
        html.Append($"<p>{t.Html("intake.no-time-limit")}</p>");
        AppendSummary(html, view);
        html.Append($"<form class=\"form\" method=\"post\" action=\"{Html.Encode(IntakeFormHandler.Link(t.Language))}\" novalidate data-intake-form");
        html.Append($"{Html.Attr("data-error-prefix", t.Text("intake.error.prefix"))}{Html.Attr("data-summary-one", t.Text("intake.summary.one"))}");
        html.Append($"{Html.Attr("data-summary-many", t.Text("intake.summary.many", ("count", "{count}")))}>");
        html.Append($"<input type=\"hidden\" name=\"{F.Language}\" value=\"{t.Language.Code}\">");

        html.Append($"<h2 class=\"section-title\">{t.Html("intake.section.personal")}</h2>");
        fields.Text(F.FirstName, t.Text("intake.firstName"), new TextOptions { Autocomplete = "given-name", MaxLength = 50, Check = "name" });
        fields.Text(F.LastName, t.Text("intake.lastName"), new TextOptions { Autocomplete = "family-name", MaxLength = 50, Check = "name" });
        fields.Text(F.NationalId, t.Text("intake.nationalId"), new TextOptions
        {
            Hint = t.Text("intake.nationalId.hint"),
            InputMode = "numeric",
            Autocomplete = "off",
            Width = "id",
            MaxLength = 11,
            Spellcheck = false,
            Check = "id",
        });
        fields.Group(IntakeDates.BirthDateGroup, t.Text("intake.birthDate"), t.Text("intake.birthDate.hint"),
        [
            (F.BirthDay, t.Text("intake.date.day"), "2", "bday-day", 1, 31),
            (F.BirthMonth, t.Text("intake.date.month"), "2", "bday-month", 1, 12),
            (F.BirthYear, t.Text("intake.date.year"), "4", "bday-year", 1000, 9999),
        ]);
        fields.Radios(F.Gender, t.Text("intake.gender"), null, fields.Choices(F.Gender, IntakeChoices.Gender));
        fields.Select(F.City, t.Text("intake.city"), t.Text("intake.city.hint"),
            view.Cities.Select(c => (c.Name, c.Name, $" data-center=\"{Html.Encode(c.Center)}\""))
                .Append((F.OtherCityValue, t.Text("intake.city.other"), "")));
        html.Append($"<div class=\"conditional\" data-shown-by=\"{F.City}\" data-shown-value=\"{F.OtherCityValue}\">");
        fields.Text(F.OtherCity, t.Text("intake.otherCity"), new TextOptions { Autocomplete = "address-level2", MaxLength = 50, Required = false, RequiredWhenShown = true, Check = "name" });
        html.Append("</div>");

        html.Append($"<h2 class=\"section-title\">{t.Html("intake.section.contact")}</h2>");
        fields.Text(F.Phone, t.Text("intake.phone"), new TextOptions
        {
            Hint = t.Text("intake.phone.hint", ("example", "\u2066050-1234567\u2069")),
            Type = "tel",
            Autocomplete = "tel-national",
            InputMode = "tel",
            Width = "phone",
            MaxLength = 20,
            Spellcheck = false,
            Check = "mobile",
        });
        fields.Text(F.Email, t.Text("intake.email"), new TextOptions { Type = "email", Autocomplete = "email", Required = false, MaxLength = 254, Spellcheck = false, Check = "email" });
        HeardVia(fields, view);

        html.Append($"<h2 class=\"section-title\">{t.Html("intake.section.work")}</h2>");
        OccupationField(html, fields, view.Input, t);
        fields.Text(F.YearsOfExperience, t.Text("intake.yearsOfExperience"), new TextOptions
        {
            Hint = t.Text("intake.yearsOfExperience.hint"),
            InputMode = "numeric",
            Width = "3",
            MaxLength = 3,
            Spellcheck = false,
            Check = "number",
            Min = 0,
            Max = 60,
        });
        fields.Radios(F.WorkingNow, t.Text("intake.workingNow"), null, fields.Choices("yesNo", IntakeChoices.YesNo));
        html.Append($"<div class=\"conditional\" data-shown-by=\"{F.WorkingNow}\" data-shown-value=\"no\">");
        fields.Group(IntakeDates.OutOfWorkGroup, t.Text("intake.outOfWorkSince"), t.Text("intake.outOfWorkSince.hint"),
        [
            (F.OutOfWorkMonth, t.Text("intake.date.month"), "2", null, 1, 12),
            (F.OutOfWorkYear, t.Text("intake.date.year"), "4", null, 1000, 9999),
        ]);
        html.Append("</div>");
        fields.Radios(F.DesiredScope, t.Text("intake.desiredScope"), null, fields.Choices(F.DesiredScope, IntakeChoices.DesiredScope), value =>
        {
            if (value == IntakeChoices.PercentScope) ScopePercent(html, fields, t);
        });
        fields.Radios(F.Track, t.Text("intake.track"), null, fields.Choices(F.Track, IntakeChoices.Track));
        fields.Radios(F.Capacity, t.Text("intake.capacity"), t.Text("intake.capacity.hint"), fields.Choices("yesNo", IntakeChoices.YesNo));

        html.Append($"<h2 class=\"section-title\">{t.Html("intake.section.privacy")}</h2>");
        html.Append($"<div class=\"privacy\" id=\"privacy-notice\"><h3 class=\"privacy__title\">{t.Html("intake.privacy.title")}</h3>");
        html.Append($"<p>{t.Html("intake.privacy.use")}</p><p>{t.Html("intake.privacy.rights")}</p></div>");
        fields.Checkbox(F.PrivacyConsent, t.Text("intake.privacyConsent"), required: true);
        html.Append($"<fieldset class=\"fieldset field\" aria-describedby=\"messages-hint\"><legend class=\"legend\">{t.Html("intake.messages")}</legend>");
        html.Append($"<p class=\"hint\" id=\"messages-hint\">{t.Html("intake.messages.hint")}</p><div class=\"choices\">");
        fields.Checkbox(F.SmsConsent, t.Text("intake.smsConsent"), required: false);
        fields.Checkbox(F.EmailConsent, t.Text("intake.emailConsent"), required: false);
        html.Append("</div></fieldset>");

        // A field people never see or hear: only software that fills every input fills it.
        html.Append($"<div class=\"hp\" aria-hidden=\"true\"><label for=\"{F.Honeypot}\">{t.Html("intake.honeypot")}</label>");
        html.Append($"<input id=\"{F.Honeypot}\" name=\"{F.Honeypot}\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>");
        html.Append($"<input type=\"hidden\" name=\"{F.FormToken}\" value=\"{Html.Encode(view.Token)}\">");
        html.Append($"<button class=\"button\" type=\"submit\">{t.Html("intake.submit")}</button>");
        html.Append("</form>");
        return html.ToString();
    }

    // The answers everyone is offered, and each center's own, which the script shows only to the
    // people of that center's cities (without the script, all show, and all are accepted).
    private static void HeardVia(FormFields fields, FormView view)
    {
        var local = view.LocalHeardVia;
        var choices = fields.Choices(F.HeardVia, [.. IntakeChoices.HeardVia.Where(c => !local.Any(l => l.Channel == c.Value))]).ToList();
        var centerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = Math.Min(2, choices.Count);
        foreach (var option in local)
        {
            var value = option.Channel;
            if (centerOf.ContainsKey(value)) continue;
            centerOf[value] = option.Center;
            choices.Insert(at++, (value, option.Label));
        }
        fields.Radios(F.HeardVia, view.Texts.Text("intake.heardVia"), null, choices,
            attributes: value => centerOf.TryGetValue(value, out var center) ? $" data-center=\"{Html.Encode(center)}\"" : "");
    }

    private static void AppendSummary(StringBuilder html, FormView view)
    {
        var t = view.Texts;
        if (view.Errors.Count > 0)
        {
            // Focused on arrival (autofocus, and the script), so a screen reader reads it first.
            html.Append("<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" autofocus aria-labelledby=\"error-summary-title\">");
            html.Append($"<h2 class=\"error-summary__title\" id=\"error-summary-title\">{(view.Errors.Count == 1 ? t.Html("intake.summary.one") : t.Html("intake.summary.many", ("count", view.Errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))))}</h2>");
            html.Append($"<p>{t.Html("intake.summary.kept")}</p><ul class=\"error-summary__list\">");
            foreach (var error in view.Errors)
                html.Append($"<li><a href=\"#{error.Target}\">{Html.Encode(error.Message)}</a></li>");
            html.Append("</ul></div>");
        }
        else if (view.Notice is not null)
        {
            html.Append("<div class=\"notice\" id=\"notice\" tabindex=\"-1\" autofocus aria-labelledby=\"notice-title\">");
            html.Append($"<h2 class=\"notice__title\" id=\"notice-title\">{t.Html("intake.notice.title")}</h2><p>{Html.Encode(view.Notice)}</p></div>");
        }
    }

    private static void OccupationField(StringBuilder html, FormFields fields, IntakeInput input, Texts t)
    {
        // A plain text field; the script turns it into a combobox over /intake/occupations.
        html.Append("<div data-occupation-search=\"/intake/occupations\"");
        html.Append($"{Html.Attr("data-list-label", t.Text("intake.occupation.list"))}{Html.Attr("data-picked", t.Text("intake.occupation.picked", ("title", "{title}")))}");
        html.Append($"{Html.Attr("data-found-one", t.Text("intake.occupation.found-one"))}{Html.Attr("data-found-many", t.Text("intake.occupation.found-many", ("count", "{count}")))}");
        html.Append($"{Html.Attr("data-found-none", t.Text("intake.occupation.found-none"))}>");
        fields.Text(F.Occupation, t.Text("intake.occupation"), new TextOptions
        {
            Hint = t.Text("intake.occupation.hint"),
            Autocomplete = "off",
            MaxLength = 100,
        });
        html.Append($"<input type=\"hidden\" id=\"{F.OccupationCode}\" name=\"{F.OccupationCode}\" value=\"{Html.Encode(input[F.OccupationCode])}\">");
        html.Append("</div>");
    }

    private static void ScopePercent(StringBuilder html, FormFields fields, Texts t)
    {
        html.Append($"<div class=\"conditional conditional--nested\" data-shown-by=\"{F.DesiredScope}\" data-shown-value=\"{IntakeChoices.PercentScope}\">");
        fields.Text(F.ScopePercent, t.Text("intake.scopePercent"), new TextOptions
        {
            Hint = t.Text("intake.scopePercent.hint"),
            InputMode = "numeric",
            Width = "3",
            MaxLength = 4,
            Required = false,
            RequiredWhenShown = true,
            Spellcheck = false,
            Check = "number",
            Min = 1,
            Max = 100,
        });
        html.Append("</div>");
    }
}
