using System.Globalization;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.FollowUps.Answers;

/// What SPOT is told when a participant answers: the employment status (source `status_form`)
/// and a `status_update` activity that says, in Hebrew, what they answered.
internal static class AnswerChanges
{
    public const string StatusFormSource = "status_form";

    public static SpotEmploymentStatus Employment(StatusAnswer answer, DateOnly today) => answer.IsWorking
        ? new SpotEmploymentStatus
        {
            AsOf = today,
            Status = SpotEmploymentStatus.Employed,
            Employer = Blank(answer.Employer),
            Occupation = Blank(answer.Role),
            ScopePercent = ScopePercent(answer),
            MonthlySalary = answer.SalaryDeclined ? null : answer.MonthlySalary,
            FoundVia = answer.FoundVia,
            Source = StatusFormSource,
        }
        : new SpotEmploymentStatus { AsOf = today, Status = SpotEmploymentStatus.NotEmployed, Source = StatusFormSource };

    public static SpotActivityEntry StatusActivity(StatusAnswer answer, DateOnly today)
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
        return Activity(today, "עדכון מצב תעסוקה (טופס מקוון)", string.Join("; ", parts));
    }

    /// The first answer to an invitation, in the person's own words (the page's buttons), which
    /// need no gender: "אגיע", "לא אוכל להגיע", "אעדיף מועד אחר: ...".
    public static SpotActivityEntry RsvpActivity(DateOnly conferenceOn, RsvpChoice choice, DateOnly today) =>
        Activity(today, RsvpTitle(conferenceOn), "התשובה: " + RsvpWords(choice));

    /// A changed answer: what it is now and what it replaces, so the latest activity is the answer.
    public static SpotActivityEntry RsvpChangedActivity(DateOnly conferenceOn, RsvpChoice choice, RsvpChoice before, DateOnly today) =>
        Activity(today, $"שינוי תשובה לכנס חשיפה {HebrewDates.Date(conferenceOn)}", $"התשובה עכשיו: {RsvpWords(choice)} (במקום: {RsvpWords(before)})");

    private static string RsvpWords(RsvpChoice choice) => choice switch
    {
        { MovedTo: { } day } => $"אעדיף מועד אחר, {HebrewDates.WithWeekday(day)}",
        { Coming: true } => "אגיע",
        _ => "לא אוכל להגיע",
    };

    private static string RsvpTitle(DateOnly conferenceOn) => $"אישור הגעה לכנס חשיפה {HebrewDates.Date(conferenceOn)}";

    public static SpotActivityEntry UnsubscribeActivity(DateOnly today) =>
        Activity(today, "הסרה מקבלת הודעות", "ביקש/ה לא לקבל עוד הודעות SMS ודואר אלקטרוני");

    private static SpotActivityEntry Activity(DateOnly today, string title, string outcome) =>
        new() { Date = today, Type = "status_update", Title = title, Outcome = outcome };

    private static int? ScopePercent(StatusAnswer answer) => answer.Scope switch
    {
        ScopeAnswers.Full => 100,
        ScopeAnswers.Percent => answer.ScopePercent,
        _ => null,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
