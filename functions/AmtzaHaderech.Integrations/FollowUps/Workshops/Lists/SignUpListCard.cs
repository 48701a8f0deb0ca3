using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Spreadsheets;
using AmtzaHaderech.Integrations.Teams;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// One coordinator's announcement of a coming session: the session, the people holding a seat,
/// how many wait, to whom (`TeamsUser` to @mention when known), and the day it goes out on
/// (the day before the session, or the last working day before it).
public sealed record SignUpListNotice(
    WorkshopSession Session, string CenterName, string CoordinatorName, string? TeamsUser, IReadOnlyList<SignUpListEntry> People, int Waiting,
    DateOnly ListedOn);

/// The Teams card that brings a coordinator the sign-up list the day before a session
/// (docs/workshops.md): addressed to them, right to left, the session's title, day, hours and
/// place, how many signed up and wait, a line per person (name and phone, in TextRuns that Teams
/// never reads as markdown), and a button that opens the workbook to mark who came. As the
/// coordinators' call card (CoordinatorCard), a long list shows its first `Shown` people.
public static class SignUpListCard
{
    public const int Shown = 12;

    public static JsonObject Message(SignUpListNotice notice, string workbookUrl)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var (heading, session, counts) = Lines(notice);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = heading, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            CoordinatorCard.Text(session, bold: true),
            new JsonObject { ["type"] = "TextBlock", ["text"] = counts, ["isSubtle"] = true, ["wrap"] = true },
        };
        foreach (var person in notice.People.Take(Shown))
        {
            var line = CoordinatorCard.Text(CoordinatorCard.Who(person.Name, person.Phone), bold: false);
            line["separator"] = true;
            line["spacing"] = "Small";
            body.Add(line);
        }
        var more = notice.People.Count - Shown;
        if (more > 0)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"ועוד {CoordinatorCard.Number(more)} ברשימה.", ["weight"] = "Bolder", ["wrap"] = true });
        return TeamsCard.WithButton(body, $"רשימת הנרשמים ({CoordinatorCard.Number(notice.People.Count)})", workbookUrl,
            CoordinatorCard.Teams(notice.CoordinatorName, notice.TeamsUser), lang: "he");
    }

    /// What the card says above the people, as plain text (the demo prints it too): to whom,
    /// which session, and the counts.
    public static (string Heading, string Session, string Counts) Lines(SignUpListNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var s = notice.Session;
        var addressee = CoordinatorCard.Addressee(notice.CoordinatorName, notice.TeamsUser);
        return (
            $"{addressee}, רשימת הנרשמים לסדנה של {(s.Date == notice.ListedOn.AddDays(1) ? "מחר" : "יום " + HebrewDates.DayName(s.Date))}",
            $"{s.Title}, {HebrewLabels.Date(s.Date)} {s.Start:HH\\:mm}-{s.End:HH\\:mm}, {s.Address} ({notice.CenterName})",
            $"{SignedUp(notice.People.Count)} מתוך {CoordinatorCard.Number(s.Seats)} מקומות · {Waiting(notice.Waiting)}. סמנו ברשימה מי הגיע.");
    }

    private static string SignedUp(int n) => n == 1 ? "נרשם אחד" : $"{CoordinatorCard.Number(n)} נרשמו";

    private static string Waiting(int n) => n switch
    {
        0 => "אין ממתינים",
        1 => "ממתין אחד ברשימת ההמתנה",
        _ => $"{CoordinatorCard.Number(n)} ברשימת ההמתנה",
    };
}
