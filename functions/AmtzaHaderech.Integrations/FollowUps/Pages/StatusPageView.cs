using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.Spot.Export;
using static AmtzaHaderech.Integrations.FollowUps.Pages.PageHtml;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The status check-in page (`/s/{token}`): one question that matters, the job details when
/// working (all optional), the call request, one submit.
internal static class StatusPageView
{
    public const string Title = "עדכון מצב תעסוקה";

    public static string Form(string? firstName, StatusForm form, IReadOnlyList<(string Field, string Message)> errors)
    {
        string? Error(string field) => errors.FirstOrDefault(e => e.Field == field).Message;
        string Invalid(string field) => Error(field) is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{field}-error\"";
        string ErrorLine(string field) => Error(field) is { } message ? $"<p class=\"error\" id=\"{field}-error\">{E(message)}</p>" : "";

        var html = new StringBuilder();
        html.Append($"<h1>{Title}</h1>");
        html.Append(ErrorSummary(errors));
        html.Append($"<p>שלום{Name(firstName)}, נשמח לדעת מה המצב שלך בעבודה. התשובות עוזרות לנו ללוות אותך, ולוקח דקה לענות.</p>");
        html.Append("<form method=\"post\" novalidate>");

        html.Append("<fieldset><legend>האם את/ה עובד/ת כעת?</legend>").Append(ErrorLine("working-same"));
        var workingError = Error("working-same") is null ? null : "working-same-error";
        html.Append(Choice("working", WorkingAnswers.Same, "כן, באותה עבודה", form.Working, workingError));
        html.Append(Choice("working", WorkingAnswers.Other, "כן, בעבודה אחרת", form.Working, workingError));
        html.Append(Choice("working", WorkingAnswers.No, "לא", form.Working, workingError));
        html.Append("</fieldset>");

        html.Append("<fieldset><legend>אם את/ה עובד/ת: פרטי העבודה</legend><p class=\"hint\">כל השאלות כאן אינן חובה.</p>");
        html.Append("<fieldset><legend>היקף המשרה</legend>");
        html.Append(Choice("scope", ScopeAnswers.Full, "משרה מלאה", form.Scope));
        html.Append(Choice("scope", ScopeAnswers.Partial, "משרה חלקית", form.Scope));
        html.Append(Choice("scope", ScopeAnswers.Percent, "אחוז משרה מדויק (כתבו למטה)", form.Scope));
        html.Append("<div class=\"field\"><label for=\"scopePercent\">אחוז משרה (1 עד 100)</label>").Append(ErrorLine("scopePercent"));
        html.Append($"<input type=\"number\" class=\"short\" id=\"scopePercent\" name=\"scopePercent\" min=\"1\" max=\"100\" inputmode=\"numeric\" value=\"{E(form.ScopePercent)}\"{Invalid("scopePercent")}></div>");
        html.Append("</fieldset>");

        html.Append("<div class=\"field\"><label for=\"employer\">שם המעסיק</label>").Append(ErrorLine("employer"));
        html.Append($"<input type=\"text\" id=\"employer\" name=\"employer\" maxlength=\"{StatusForm.MaxText}\" autocomplete=\"organization\" value=\"{E(form.Employer)}\"{Invalid("employer")}></div>");
        html.Append("<div class=\"field\"><label for=\"role\">תפקיד</label>").Append(ErrorLine("role"));
        html.Append($"<input type=\"text\" id=\"role\" name=\"role\" maxlength=\"{StatusForm.MaxText}\" autocomplete=\"organization-title\" value=\"{E(form.Role)}\"{Invalid("role")}></div>");

        html.Append("<fieldset><legend>איך מצאת את העבודה?</legend>");
        html.Append(Choice("foundVia", SpotCodes.FoundViaSelf, "בעצמי", form.FoundVia));
        html.Append(Choice("foundVia", SpotCodes.FoundViaProgram, "דרך התכנית", form.FoundVia));
        html.Append("</fieldset>");

        html.Append("<div class=\"field\"><label for=\"salary\">שכר חודשי ברוטו, בשקלים</label>").Append(ErrorLine("salary"));
        html.Append($"<input type=\"text\" class=\"short\" id=\"salary\" name=\"salary\" inputmode=\"numeric\" autocomplete=\"off\" value=\"{E(form.Salary)}\"{Invalid("salary")}></div>");
        html.Append("<div class=\"choice\"><input type=\"checkbox\" id=\"salaryDeclined\" name=\"salaryDeclined\" value=\"yes\"")
            .Append(form.SalaryDeclined ? " checked" : "").Append("><label for=\"salaryDeclined\">מעדיף/ה לא לציין שכר</label></div>");
        html.Append("</fieldset>");

        html.Append("<fieldset><legend>שיחה עם המקדמת שלך</legend>");
        html.Append(Choice("call", "yes", "כן, אשמח שהמקדמת תתקשר אליי", form.Call));
        html.Append(Choice("call", "no", "לא, תודה", form.Call));
        html.Append("</fieldset>");

        html.Append("<button type=\"submit\">שליחה</button></form>");
        return html.ToString();
    }

    public static string Thanks(string? firstName, StatusAnswer answer) =>
        $"<h1>תודה{Name(firstName)}!</h1><p>קיבלנו את התשובה שלך.</p>" +
        (answer.CallRequested ? "<p>המקדמת שלך תתקשר אלייך בימים הקרובים.</p>" : "") +
        (answer.IsWorking ? "<p>בהצלחה בעבודה!</p>" : "<p>אנחנו כאן כדי לעזור. נשמח להמשיך ללוות אותך.</p>");

    public static string Name(string? firstName) => string.IsNullOrWhiteSpace(firstName) ? "" : " " + E(firstName.Trim());
}
