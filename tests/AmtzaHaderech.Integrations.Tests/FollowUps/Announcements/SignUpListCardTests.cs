using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Announcements;

/// The day-before card of a session's sign-up list, as a coordinator reads it in Teams.
public class SignUpListCardTests
{
    private static readonly WorkshopSession Session = new("ksb-20261203-1000", "ksb", "סדנת קורות חיים", new Dictionary<string, string>(),
        new DateOnly(2026, 12, 3), new TimeOnly(10, 0), new TimeOnly(12, 0), "רחוב ויצמן 140, כפר סבא", new Dictionary<string, string>(), null, 20);

    private static SignUpListNotice Notice(int people, int waiting, string? teamsUser = null, DateOnly? listedOn = null) => new(
        Session, "כפר סבא", "מיכל אברהם", teamsUser,
        [.. Enumerable.Range(1, people).Select(i => new SignUpListEntry($"P{i:000}", $"משתתף {i}", "0501234567", "נרשם"))], waiting,
        listedOn ?? Session.Date.AddDays(-1));

    private static JsonNode Content(JsonObject message) => message["attachments"]![0]!["content"]!;

    [Fact]
    public void Message_ManySignedUpNoneWaiting_FirstTwelveThenHowManyMoreAndTheButtonCountsAll()
    {
        var card = Content(SignUpListCard.Message(Notice(15, 0), "https://teams.example.org/list.xlsx"));

        var body = card["body"]!.AsArray();
        Assert.Equal("מיכל אברהם, רשימת הנרשמים לסדנה של מחר", (string?)body[0]!["text"]);
        Assert.Equal("סדנת קורות חיים, 03/12/2026 10:00-12:00, רחוב ויצמן 140, כפר סבא (כפר סבא)", (string?)body[1]!["inlines"]![0]!["text"]);
        Assert.Equal("15 נרשמו מתוך 20 מקומות · אין ממתינים. סמנו ברשימה מי הגיע.", (string?)body[2]!["text"]);
        Assert.Equal("משתתף 1 · 050-1234567", (string?)body[3]!["inlines"]![0]!["text"]);
        Assert.Equal(3 + SignUpListCard.Shown + 1, body.Count);
        Assert.Equal("ועוד 3 ברשימה.", (string?)body[^1]!["text"]);
        Assert.Equal(("רשימת הנרשמים (15)", "https://teams.example.org/list.xlsx"), ((string?)card["actions"]![0]!["title"], (string?)card["actions"]![0]!["url"]));
        Assert.Null(card["msteams"]!["entities"]);
    }

    [Fact]
    public void Lines_OneSignedUpSeveralWaitingTeamsUserKnown_MentionedAndCounted()
    {
        var (heading, _, counts) = SignUpListCard.Lines(Notice(1, 4, teamsUser: "michal@amtza.org.il"));

        Assert.Equal("<at>מיכל אברהם</at>, רשימת הנרשמים לסדנה של מחר", heading);
        Assert.Equal("נרשם אחד מתוך 20 מקומות · 4 ברשימת ההמתנה. סמנו ברשימה מי הגיע.", counts);
    }

    [Fact]
    public void Lines_ListedTwoDaysBefore_NamesTheSessionsWeekdayNotTomorrow()
    {
        // A Thursday session's list on the Tuesday (the Wednesday a holiday): "of Thursday".
        var (heading, _, _) = SignUpListCard.Lines(Notice(1, 0, listedOn: new DateOnly(2026, 12, 1)));

        Assert.Equal("מיכל אברהם, רשימת הנרשמים לסדנה של יום חמישי", heading);
    }
}
