using System.Text;
using F = AmtzaHaderech.Integrations.Intake.Form.IntakeFields;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// What the form page shows: the token, what was typed, the errors, and a message about the whole
/// form (sent too fast, too many submissions, a fault on our side).
public sealed record FormView(string Token, IntakeInput Input, IReadOnlyList<FieldError> Errors, IReadOnlyList<string> Cities, string? Notice = null);

/// The form, one question per line in the order a person thinks of them, grouped under headings.
public static class IntakeFormPage
{
    public const string Title = "הרשמה לתוכנית";

    public static string Render(FormView view)
    {
        var html = new StringBuilder(24 * 1024);
        var fields = new FormFields(html, view.Input, view.Errors);
        html.Append($"<h1 class=\"heading\">{Title} {IntakeLayout.ProgramName}</h1>");
        html.Append("<p class=\"lead\">התוכנית מלווה אנשים בגיל 45 עד 75 בחזרה לעבודה. ממלאים את הטופס, ונציג או נציגה מהמרכז הקרוב יתקשרו אליכם.</p>");
        html.Append("<p>אין הגבלת זמן למילוי. כל השאלות חובה, חוץ משאלות שכתוב בהן \"לא חובה\".</p>");
        AppendSummary(html, view);
        html.Append("<form class=\"form\" method=\"post\" action=\"/intake\" novalidate data-intake-form>");

        html.Append("<h2 class=\"section-title\">פרטים אישיים</h2>");
        fields.Text(F.FirstName, "שם פרטי", new TextOptions { Autocomplete = "given-name", MaxLength = 50 });
        fields.Text(F.LastName, "שם משפחה", new TextOptions { Autocomplete = "family-name", MaxLength = 50 });
        html.Append($"<div data-national-id data-message=\"{Html.Encode(IntakeValidator.InvalidNationalId)}\">");
        fields.Text(F.NationalId, "מספר תעודת זהות", new TextOptions
        {
            Hint = "9 ספרות, כולל הספרה האחרונה (ספרת הביקורת)",
            InputMode = "numeric",
            Autocomplete = "off",
            Width = "id",
            MaxLength = 11,
            Spellcheck = false,
        });
        html.Append("</div>");
        fields.Group(IntakeDates.BirthDateGroup, "תאריך לידה", "למשל: 15 3 1965",
            [(F.BirthDay, "יום", "2", "bday-day"), (F.BirthMonth, "חודש", "2", "bday-month"), (F.BirthYear, "שנה", "4", "bday-year")]);
        fields.Radios(F.Gender, "מין", null, IntakeChoices.Gender);
        fields.Select(F.City, "יישוב מגורים", "אם היישוב שלכם לא ברשימה, בחרו \"יישוב אחר\" בסוף הרשימה",
            view.Cities.Select(c => new Choice(c, c)).Append(new Choice(F.OtherCityValue, "יישוב אחר")));
        html.Append($"<div class=\"conditional\" data-shown-by=\"{F.City}\" data-shown-value=\"{F.OtherCityValue}\">");
        fields.Text(F.OtherCity, "שם היישוב (אם בחרתם \"יישוב אחר\")", new TextOptions { Autocomplete = "address-level2", Required = false, MaxLength = 50 });
        html.Append("</div>");

        html.Append("<h2 class=\"section-title\">איך ליצור אתכם קשר</h2>");
        fields.Text(F.Phone, "טלפון נייד", new TextOptions { Hint = "למשל: \u2066050-1234567\u2069", Type = "tel", Autocomplete = "tel-national", InputMode = "tel", Width = "phone", MaxLength = 20, Spellcheck = false });
        fields.Text(F.Email, "דואר אלקטרוני (לא חובה)", new TextOptions { Type = "email", Autocomplete = "email", Required = false, MaxLength = 254, Spellcheck = false });
        fields.Radios(F.HeardVia, "איך שמעתם על התוכנית?", null, IntakeChoices.HeardVia);

        html.Append("<h2 class=\"section-title\">עבודה</h2>");
        OccupationField(html, fields, view.Input);
        fields.Text(F.YearsOfExperience, "כמה שנים עבדתם בסך הכול?", new TextOptions { Hint = "בכל העבודות יחד, במספר שנים שלמות", InputMode = "numeric", Width = "3", MaxLength = 3, Spellcheck = false });
        fields.Group(IntakeDates.OutOfWorkGroup, "מאז מתי אתם לא עובדים?", "חודש ושנה, למשל: 3 2024. אם אתם עובדים עכשיו, כתבו את החודש והשנה של היום.",
            [(F.OutOfWorkMonth, "חודש", "2", null), (F.OutOfWorkYear, "שנה", "4", null)]);
        fields.Radios(F.DesiredScope, "איזה היקף משרה אתם מחפשים?", null, IntakeChoices.DesiredScope, value =>
        {
            if (value == IntakeChoices.PercentScope) ScopePercent(html, fields);
        });
        fields.Radios(F.Track, "באיזה מסלול תרצו לעבוד?", null, IntakeChoices.Track);
        fields.Radios(F.Capacity, "האם אתם מסוגלים לעבוד כיום?", "מבחינת הבריאות והתפקוד. גם אם התשובה \"לא\", נשמח לדבר ולבדוק יחד.", IntakeChoices.YesNo);

        html.Append("<h2 class=\"section-title\">פרטיות והסכמה</h2>");
        PrivacyNotice(html);
        fields.Checkbox(F.PrivacyConsent, "קראתי את הודעת הפרטיות ואני מסכים או מסכימה לה", required: true);
        html.Append("<fieldset class=\"fieldset field\" aria-describedby=\"messages-hint\"><legend class=\"legend\">אפשר לשלוח לכם הודעות? (לא חובה)</legend>");
        html.Append("<p class=\"hint\" id=\"messages-hint\">תזכורות לפגישות ועדכונים מהתוכנית. אפשר להפסיק בכל עת.</p><div class=\"choices\">");
        fields.Checkbox(F.SmsConsent, "כן, בהודעות SMS לטלפון הנייד", required: false);
        fields.Checkbox(F.EmailConsent, "כן, בדואר אלקטרוני", required: false);
        html.Append("</div></fieldset>");

        // A field people never see or hear: only software that fills every input fills it.
        html.Append($"<div class=\"hp\" aria-hidden=\"true\"><label for=\"{F.Honeypot}\">לא למילוי</label>");
        html.Append($"<input id=\"{F.Honeypot}\" name=\"{F.Honeypot}\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>");
        html.Append($"<input type=\"hidden\" name=\"{F.FormToken}\" value=\"{Html.Encode(view.Token)}\">");
        html.Append("<button class=\"button\" type=\"submit\">שליחת הטופס</button>");
        html.Append("</form>");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, FormView view)
    {
        if (view.Errors.Count > 0)
        {
            // Focused on arrival (autofocus, and the script), so a screen reader reads it first.
            html.Append("<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" autofocus aria-labelledby=\"error-summary-title\">");
            html.Append($"<h2 class=\"error-summary__title\" id=\"error-summary-title\">{(view.Errors.Count == 1 ? "יש לתקן דבר אחד בטופס" : $"יש לתקן {view.Errors.Count} דברים בטופס")}</h2>");
            html.Append("<p>הפרטים שכתבתם נשמרו. אחרי התיקון לחצו שוב על \"שליחת הטופס\".</p><ul class=\"error-summary__list\">");
            foreach (var error in view.Errors)
                html.Append($"<li><a href=\"#{error.Target}\">{Html.Encode(error.Message)}</a></li>");
            html.Append("</ul></div>");
        }
        else if (view.Notice is not null)
        {
            html.Append("<div class=\"notice\" id=\"notice\" tabindex=\"-1\" autofocus aria-labelledby=\"notice-title\">");
            html.Append($"<h2 class=\"notice__title\" id=\"notice-title\">הטופס עוד לא נשלח</h2><p>{Html.Encode(view.Notice)}</p></div>");
        }
    }

    private static void OccupationField(StringBuilder html, FormFields fields, IntakeInput input)
    {
        // A plain text field; the script turns it into a combobox over /intake/occupations.
        html.Append("<div data-occupation-search=\"/intake/occupations\">");
        fields.Text(F.Occupation, "מה הייתה העבודה האחרונה שלכם?", new TextOptions
        {
            Hint = "כתבו כמה אותיות ובחרו מהרשימה שתיפתח, או כתבו במילים שלכם",
            Autocomplete = "off",
            MaxLength = 100,
        });
        html.Append($"<input type=\"hidden\" id=\"{F.OccupationCode}\" name=\"{F.OccupationCode}\" value=\"{Html.Encode(input[F.OccupationCode])}\">");
        html.Append("</div>");
    }

    private static void ScopePercent(StringBuilder html, FormFields fields)
    {
        html.Append($"<div class=\"conditional conditional--nested\" data-shown-by=\"{F.DesiredScope}\" data-shown-value=\"{IntakeChoices.PercentScope}\">");
        fields.Text(F.ScopePercent, "אחוז המשרה", new TextOptions
        {
            Hint = "מספר בין 1 ל-100",
            InputMode = "numeric",
            Width = "3",
            Required = false,
            MaxLength = 4,
            Spellcheck = false,
        });
        html.Append("</div>");
    }

    private static void PrivacyNotice(StringBuilder html) => html.Append(
        "<div class=\"privacy\" id=\"privacy-notice\"><h3 class=\"privacy__title\">הודעת פרטיות</h3>" +
        "<p>הפרטים שתמסרו ישמשו את תוכנית אמצע הדרך (של הממשלה וג'וינט ישראל) כדי לבדוק אם התוכנית מתאימה לכם, " +
        "ליצור אתכם קשר וללוות אתכם בתוכנית. הם נשמרים במערכות התוכנית ומועברים רק לצוות המרכז ולגופים שמפעילים את התוכנית.</p>" +
        "<p>אין חובה חוקית למסור את הפרטים, אבל בלעדיהם לא נוכל לרשום אתכם. אפשר לבקש לעיין בפרטים, לתקן אותם או למחוק אותם בפנייה למרכז.</p></div>");
}
