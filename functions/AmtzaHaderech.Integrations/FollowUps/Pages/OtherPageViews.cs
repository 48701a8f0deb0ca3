namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// The unsubscribe page (`/u/{token}`), and the polite page for a link that does not work,
/// which shows nothing about anyone.
internal static class OtherPageViews
{
    public const string UnsubscribeTitle = "הפסקת הודעות";
    public const string InvalidTitle = "הקישור אינו פעיל";

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
}
