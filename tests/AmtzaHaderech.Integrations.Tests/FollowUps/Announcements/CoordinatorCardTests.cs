using System.Text;
using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.CallLists;
using AmtzaHaderech.Integrations.Teams;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Announcements;

public sealed class CoordinatorCardTests
{
    private const string ListUrl = "https://contoso.sharepoint.com/sites/ksb/Reports/2026/call-list-ksb.xlsx";

    private static CallListEntry Person(string id, string name = "דנה כהן", string? phone = "+972501234567", int days = 120) =>
        new(id, name, phone, "אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 22/11/2026)", new DateOnly(2026, 8, 1), days);

    private static JsonNode Content(JsonObject message) => message["attachments"]![0]!["content"]!;

    [Fact]
    public void Message_KnownTeamsUser_AddressedWithAnAtMentionOfTheirId()
    {
        var call = new CoordinatorCall("כפר סבא", "מיכל אברהם", "michal@contoso.org", [Person("P1")]);

        var card = Content(CoordinatorCard.Message(call, ListUrl));

        Assert.Equal("<at>מיכל אברהם</at>, משתתף אחד להתקשר אליו", (string?)card["body"]![0]!["text"]);
        var mention = card["msteams"]!["entities"]!.AsArray().Single()!;
        Assert.Equal("mention", (string?)mention["type"]);
        Assert.Equal("<at>מיכל אברהם</at>", (string?)mention["text"]);
        Assert.Equal("michal@contoso.org", (string?)mention["mentioned"]!["id"]);
        Assert.Equal("מיכל אברהם", (string?)mention["mentioned"]!["name"]);
        Assert.True((bool?)card["rtl"]);
        Assert.Equal("he", (string?)card["lang"]);
    }

    [Fact]
    public void Message_UnknownTeamsUser_NamesThemWithoutAMention()
    {
        var call = new CoordinatorCall("תל אביב", "דני כהן", null, [Person("P1"), Person("P2")]);

        var message = CoordinatorCard.Message(call, ListUrl);

        Assert.Equal("דני כהן, 2 משתתפים להתקשר אליהם", (string?)Content(message)["body"]![0]!["text"]);
        Assert.Null(Content(message)["msteams"]!["entities"]);
        Assert.DoesNotContain("<at>", message.ToJsonString(TeamsCard.JsonOptions));
    }

    [Fact]
    public void Message_Person_NameDialledPhoneReasonAndDaysSinceLastContact()
    {
        var call = new CoordinatorCall("כפר סבא", "מיכל אברהם", null, [Person("P1", days: 1234)]);

        var body = Content(CoordinatorCard.Message(call, ListUrl))["body"]!.AsArray();

        var person = body[2]!;
        Assert.Equal("Container", (string?)person["type"]);
        var runs = person["items"]!.AsArray().Select(b => (string?)b!["inlines"]![0]!["text"]).ToList();
        Assert.Equal("דנה כהן · 050-1234567", runs[0]);
        Assert.Equal("אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 22/11/2026) · 1,234 ימים מהקשר האחרון", runs[1]);
        Assert.All(person["items"]!.AsArray(), b => Assert.Equal("RichTextBlock", (string?)b!["type"]));
    }

    [Fact]
    public void Message_LongList_ShowsTheFirstAndTheButtonOpensAll()
    {
        var people = Enumerable.Range(1, 30).Select(i => Person($"P{i:D2}")).ToList();
        var call = new CoordinatorCall("מודיעין", "נועה פרידמן", null, people);

        var card = Content(CoordinatorCard.Message(call, ListUrl));

        var body = card["body"]!.AsArray();
        Assert.Equal(CoordinatorCard.Shown, body.Count(b => (string?)b!["type"] == "Container"));
        Assert.Equal($"ועוד {30 - CoordinatorCard.Shown} ברשימת השיחות.", (string?)body[^1]!["text"]);
        var action = card["actions"]!.AsArray().Single()!;
        Assert.Equal("Action.OpenUrl", (string?)action["type"]);
        Assert.Equal("רשימת השיחות (30)", (string?)action["title"]);
        Assert.Equal(ListUrl, (string?)action["url"]);
        Assert.DoesNotContain("בהודעה הבאה", card.ToJsonString(TeamsCard.JsonOptions));
    }

    [Fact]
    public void Message_ThousandsOfPeopleWithLongNames_StaysFarUnderTeamsLimit()
    {
        var name = new string('ש', 200) + " [x](https://evil.example)";
        var people = Enumerable.Range(1, 5000).Select(i => Person($"P{i:D5}", name, "+972501234567" + new string('9', 50))).ToList();
        var call = new CoordinatorCall("מודיעין", new string('מ', 80), "user@contoso.org", people);

        var json = CoordinatorCard.Message(call, ListUrl).ToJsonString(TeamsCard.JsonOptions);

        // Teams takes messages up to about 28 KB.
        Assert.True(Encoding.UTF8.GetByteCount(json) < 12 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
    }

    [Fact]
    public void Message_NameWithMarkdown_StaysPlainTextInATextRun()
    {
        var call = new CoordinatorCall("כפר סבא", "מיכל אברהם", null, [Person("P1", name: "**דנה** [לחצו](https://evil.example)")]);

        var person = Content(CoordinatorCard.Message(call, ListUrl))["body"]![2]!;

        var run = person["items"]![0]!["inlines"]![0]!;
        Assert.Equal("TextRun", (string?)run["type"]);
        Assert.StartsWith("**דנה** [לחצו](https://evil.example)", (string?)run["text"]);
    }
}
