using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.Spot.Mirror;
using static AmtzaHaderech.Integrations.FollowUps.Pages.PageHtml;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The status check-in page (`/s/{token}`): one question that matters, the job details when
/// working (all optional), the call request, one submit. Texts `status.*`.
internal static class StatusPageView
{
    public static string Title(PageReader reader) => reader.Texts.Text("status.title");

    public static string Form(PageReader reader, StatusForm form, IReadOnlyList<(string Field, string Message)> errors)
    {
        var t = reader.Texts;
        string? Error(string field) => errors.FirstOrDefault(e => e.Field == field).Message;
        string Invalid(string field) => Error(field) is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{field}-error\"";
        string ErrorLine(string field) => Error(field) is { } message ? $"<p class=\"error\" id=\"{field}-error\">{E(message)}</p>" : "";

        var html = new StringBuilder();
        html.Append($"<h1>{E(Title(reader))}</h1>");
        html.Append(ErrorSummary(t, errors));
        html.Append("<p>").Append(t.Html("status.intro", ("greeting", reader.Greeting))).Append("</p>");
        html.Append("<form method=\"post\" novalidate>");

        var workingError = Error("working-same") is null ? null : "working-same-error";
        html.Append($"<fieldset{(workingError is null ? "" : " class=\"has-error\"")}><legend>{t.Html("status.working.legend")}</legend>").Append(ErrorLine("working-same"));
        html.Append(Choice("working", WorkingAnswers.Same, t.Text("status.working.same"), form.Working, workingError));
        html.Append(Choice("working", WorkingAnswers.Other, t.Text("status.working.other"), form.Working, workingError));
        html.Append(Choice("working", WorkingAnswers.No, t.Text("status.working.no"), form.Working, workingError));
        html.Append("</fieldset>");

        html.Append($"<fieldset><legend>{t.Html("status.job.legend")}</legend><p class=\"hint\">{t.Html("status.job.hint")}</p>");
        html.Append($"<fieldset><legend>{t.Html("status.scope.legend")}</legend>");
        html.Append(Choice("scope", ScopeAnswers.Full, t.Text("status.scope.full"), form.Scope));
        html.Append(Choice("scope", ScopeAnswers.Partial, t.Text("status.scope.partial"), form.Scope));
        html.Append(Choice("scope", ScopeAnswers.Percent, t.Text("status.scope.percent"), form.Scope));
        html.Append($"<div class=\"field\"><label for=\"scopePercent\">{t.Html("status.scope.percent.label")}</label>").Append(ErrorLine("scopePercent"));
        html.Append($"<input type=\"number\" class=\"short\" id=\"scopePercent\" name=\"scopePercent\" min=\"1\" max=\"100\" inputmode=\"numeric\" value=\"{E(form.ScopePercent)}\"{Invalid("scopePercent")}></div>");
        html.Append("</fieldset>");

        html.Append($"<div class=\"field\"><label for=\"employer\">{t.Html("status.employer")}</label>").Append(ErrorLine("employer"));
        html.Append($"<input type=\"text\" id=\"employer\" name=\"employer\" maxlength=\"{StatusForm.MaxText}\" autocomplete=\"organization\" value=\"{E(form.Employer)}\"{Invalid("employer")}></div>");
        html.Append($"<div class=\"field\"><label for=\"role\">{t.Html("status.role")}</label>").Append(ErrorLine("role"));
        html.Append($"<input type=\"text\" id=\"role\" name=\"role\" maxlength=\"{StatusForm.MaxText}\" autocomplete=\"organization-title\" value=\"{E(form.Role)}\"{Invalid("role")}></div>");

        html.Append($"<fieldset><legend>{t.Html("status.found.legend")}</legend>");
        html.Append(Choice("foundVia", SpotCodes.FoundViaSelf, t.Text("status.found.self"), form.FoundVia));
        html.Append(Choice("foundVia", SpotCodes.FoundViaProgram, t.Text("status.found.program"), form.FoundVia));
        html.Append("</fieldset>");

        html.Append($"<div class=\"field\"><label for=\"salary\">{t.Html("status.salary")}</label>").Append(ErrorLine("salary"));
        html.Append($"<input type=\"text\" class=\"short\" id=\"salary\" name=\"salary\" inputmode=\"numeric\" autocomplete=\"off\" value=\"{E(form.Salary)}\"{Invalid("salary")}></div>");
        html.Append("<div class=\"choice\"><input type=\"checkbox\" id=\"salaryDeclined\" name=\"salaryDeclined\" value=\"yes\"")
            .Append(form.SalaryDeclined ? " checked" : "").Append($"><label for=\"salaryDeclined\">{t.Html("status.salary.declined")}</label></div>");
        html.Append("</fieldset>");

        html.Append($"<fieldset><legend>{t.Html("status.call.legend")}</legend>");
        html.Append(CallChoice("yes", reader.Contact.Html(t, "status.call.yes"), form.Call));
        html.Append(Choice("call", "no", t.Text("status.call.no"), form.Call));
        html.Append("</fieldset>");

        html.Append($"<button type=\"submit\">{t.Html("status.submit")}</button></form>");
        return html.ToString();
    }

    public static string Thanks(PageReader reader, StatusAnswer answer)
    {
        var t = reader.Texts;
        var title = Messages.Greeting.FirstName(reader.FirstName) is { } name
            ? t.Html("status.thanks.title", ("name", E(name)))
            : t.Html("status.thanks.title.no-name");
        return $"<h1>{title}</h1><p>{t.Html("status.thanks.received")}</p>" +
            (answer.CallRequested ? $"<p>{reader.Contact.Html(t, "status.thanks.call")}</p>" : "") +
            $"<p>{t.Html(answer.IsWorking ? "status.thanks.working" : "status.thanks.not-working")}</p>";
    }

    // A radio button whose label is HTML already (a coordinator's encoded name).
    private static string CallChoice(string value, string labelHtml, string? selected) =>
        $"<div class=\"choice\"><input type=\"radio\" id=\"call-{value}\" name=\"call\" value=\"{value}\"" +
        (selected == value ? " checked" : "") + $"><label for=\"call-{value}\">{labelHtml}</label></div>";
}
