using System.Globalization;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// What SPOT is told when a participant answers: the employment status (source `status_form`)
/// and a `status_update` activity that says, in Hebrew, what they answered.
public static class AnswerChanges
{
    public const string StatusFormSource = "status_form";

    public static EmploymentStatusChange Employment(StatusAnswer answer, DateOnly today) => answer.IsWorking
        ? new EmploymentStatusChange(today, "employed", Blank(answer.Employer), Blank(answer.Role), ScopePercent(answer),
            answer.SalaryDeclined ? null : answer.MonthlySalary, null, answer.FoundVia, StatusFormSource)
        : new EmploymentStatusChange(today, "not_employed", null, null, null, null, null, null, StatusFormSource);

    public static ActivityChange StatusActivity(StatusAnswer answer, DateOnly today)
    {
        var parts = new List<string>
        {
            answer.Working switch
            {
                WorkingAnswers.Same => "עובד/ת באותה עבודה",
                WorkingAnswers.Other => "עובד/ת בעבודה אחרת",
                _ => "לא עובד/ת",
            },
        };
        if (answer.IsWorking)
        {
            if (answer.Scope == ScopeAnswers.Full) parts.Add("משרה מלאה");
            else if (answer.Scope == ScopeAnswers.Partial) parts.Add("משרה חלקית");
            else if (ScopePercent(answer) is { } percent) parts.Add($"היקף {percent.ToString(CultureInfo.InvariantCulture)}%");
            if (answer.FoundVia == SpotCodes.FoundViaSelf) parts.Add("מצא/ה בעצמו/ה");
            else if (answer.FoundVia == SpotCodes.FoundViaProgram) parts.Add("דרך התכנית");
            if (answer.SalaryDeclined) parts.Add("העדיף/ה לא לציין שכר");
        }
        if (answer.CallRequested) parts.Add("ביקש/ה שיחה מהמקדמת");
        return new ActivityChange(today, "status_update", "עדכון מצב תעסוקה (טופס מקוון)", null, string.Join("; ", parts));
    }

    public static ActivityChange RsvpActivity(DateOnly conferenceOn, bool coming, DateOnly today) =>
        new(today, "status_update", $"אישור הגעה לכנס חשיפה {conferenceOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", null,
            coming ? "יגיע/תגיע" : "לא יגיע/תגיע");

    public static ActivityChange UnsubscribeActivity(DateOnly today) =>
        new(today, "status_update", "הסרה מקבלת הודעות", null, "ביקש/ה לא לקבל עוד הודעות SMS ודואר אלקטרוני");

    private static int? ScopePercent(StatusAnswer answer) => answer.Scope switch
    {
        ScopeAnswers.Full => 100,
        ScopeAnswers.Percent => answer.ScopePercent,
        _ => null,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
