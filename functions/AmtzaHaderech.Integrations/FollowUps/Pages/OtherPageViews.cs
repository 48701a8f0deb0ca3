using System.Globalization;
using static AmtzaHaderech.Integrations.FollowUps.Pages.PageHtml;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The RSVP page (`/r/{token}`), the unsubscribe page (`/u/{token}`), and the polite page for a
/// link that does not work, which shows nothing about anyone.
internal static class OtherPageViews
{
    public const string RsvpTitle = "אישור הגעה לכנס";
    public const string UnsubscribeTitle = "הפסקת הודעות";
    public const string InvalidTitle = "הקישור אינו פעיל";

    private static readonly string[] DayNames = ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"];

    public static string Rsvp(string? firstName, DateOnly conferenceOn) =>
        $"<h1>{RsvpTitle}</h1>" +
        $"<p>שלום{StatusPageView.Name(firstName)}, נשמח לדעת אם תגיע/י לכנס החשיפה של מוצא הדרך ביום {DayNames[(int)conferenceOn.DayOfWeek]}, {Date(conferenceOn)}.</p>" +
        "<form method=\"post\"><button type=\"submit\" name=\"answer\" value=\"yes\">אגיע</button>" +
        "<button type=\"submit\" name=\"answer\" value=\"no\" class=\"secondary\">לא אוכל להגיע</button></form>";

    public static string RsvpThanks(bool coming, DateOnly conferenceOn) => coming
        ? $"<h1>תודה, נתראה בכנס!</h1><p>רשמנו שתגיע/י לכנס החשיפה ב-{Date(conferenceOn)}.</p>"
        : "<h1>תודה על העדכון</h1><p>רשמנו שלא תוכל/י להגיע. נשמח לראותך בכנס הבא.</p>";

    public static string Unsubscribe(string? firstName) =>
        $"<h1>{UnsubscribeTitle}</h1>" +
        $"<p>שלום{StatusPageView.Name(firstName)}, האם להפסיק לשלוח לך הודעות SMS ודואר אלקטרוני ממוצא הדרך?</p>" +
        "<form method=\"post\"><button type=\"submit\" name=\"confirm\" value=\"yes\">כן, להפסיק את ההודעות</button></form>" +
        "<p>אם לא, אין צורך לעשות דבר.</p>";

    public const string Unsubscribed =
        "<h1>ההודעות הופסקו</h1><p>לא נשלח לך עוד הודעות. אם תרצה/י לחדש אותן, אפשר להתקשר אלינו.</p>";

    /// Tampered, expired or already used: the same words for all, so the page tells nothing.
    public const string Invalid =
        $"<h1>{InvalidTitle}</h1><p>הקישור שפתחת כבר שימש, פג תוקפו או שאינו שלם. אין צורך לעשות דבר.</p>" +
        "<p>אם רצית לעדכן אותנו, נשמח לשמוע ממך בטלפון.</p>";

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
