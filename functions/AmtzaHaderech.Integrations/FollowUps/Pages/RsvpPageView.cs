using System.Text;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using static AmtzaHaderech.Integrations.FollowUps.Pages.PageHtml;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The conference RSVP page (`/r/{token}`): "I'll come" / "I can't come", and, when the center
/// holds later conferences, "I'd rather another date" with those days. Two forms, so that Enter
/// on a day's radio button submits that day's form and never "I'll come" (a form's Enter presses
/// its first button). No script: plain forms work everywhere.
internal static class RsvpPageView
{
    public const string Title = "אישור הגעה לכנס";

    public static string Form(string? firstName, DateOnly conferenceOn, IReadOnlyList<DateOnly> otherDates, RsvpForm form,
        IReadOnlyList<(string Field, string Message)> errors)
    {
        var html = new StringBuilder();
        html.Append($"<h1>{Title}</h1>");
        html.Append(ErrorSummary(errors));
        html.Append($"<p id=\"{RsvpForm.QuestionId}\">שלום{StatusPageView.Name(firstName)}, נשמח לדעת אם תגיע/י לכנס החשיפה של מוצא הדרך ביום {HebrewDates.DayName(conferenceOn)}, {HebrewDates.Date(conferenceOn)}.</p>");
        html.Append("<form method=\"post\"><button type=\"submit\" name=\"answer\" value=\"").Append(RsvpAnswers.Yes).Append("\">אגיע</button>");
        html.Append("<button type=\"submit\" name=\"answer\" value=\"").Append(RsvpAnswers.No).Append("\" class=\"secondary\">לא אוכל להגיע</button></form>");
        if (otherDates.Count == 0) return html.ToString();

        var error = errors.FirstOrDefault().Message;
        var errorId = error is null ? null : "date-error";
        html.Append("<form method=\"post\" novalidate><fieldset><legend>אעדיף מועד אחר</legend>");
        html.Append("<p class=\"hint\">המועדים הבאים של הכנס במרכז שלך. בחרו מועד ושלחו.</p>");
        if (error is not null) html.Append($"<p class=\"error\" id=\"{errorId}\">{E(error)}</p>");
        foreach (var day in otherDates)
            html.Append(Choice(RsvpForm.DateName, RsvpForm.Value(day), HebrewDates.WithWeekday(day), form.Date, errorId));
        html.Append("</fieldset><button type=\"submit\" name=\"answer\" value=\"").Append(RsvpAnswers.Other).Append("\">אעדיף את המועד שבחרתי</button></form>");
        return html.ToString();
    }

    public static string Thanks(RsvpChoice choice, DateOnly conferenceOn) => choice switch
    {
        { MovedTo: { } day } =>
            $"<h1>תודה, עדכנו את המועד</h1><p>רשמנו שתעדיף/י להגיע לכנס החשיפה ב{HebrewDates.WithWeekday(day)}. ניצור איתך קשר לקראת המועד.</p>",
        { Coming: true } => $"<h1>תודה, נתראה בכנס!</h1><p>רשמנו שתגיע/י לכנס החשיפה ב-{HebrewDates.Date(conferenceOn)}.</p>",
        _ => "<h1>תודה על העדכון</h1><p>רשמנו שלא תוכל/י להגיע. נשמח לראותך בכנס הבא.</p>",
    };
}
