using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.Reports.Delivery;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Announcements;

public sealed class TaskAnnouncementCardTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    private static CoordinatorTask Task(string participant, string kind, string rule = FollowUpRules.Quarterly, string since = "2026-11-22") =>
        new(participant, kind, rule, new DateOnly(2026, 11, 22), participant + "|" + rule, At, DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture));

    private static JsonNode Content(JsonObject message) => message["attachments"]![0]!["content"]!;

    [Fact]
    public void Message_TwoCenters_OneRightToLeftHebrewCardWithASectionPerCenter()
    {
        var message = TaskAnnouncementCard.Message(
        [
            new CenterTasks("כפר סבא", [Task("P1", TaskKinds.NoAnswer), Task("P2", TaskKinds.CallRequest, since: "2026-12-01")]),
            new CenterTasks("תל אביב", [Task("P3", TaskKinds.NoChannel, FollowUpRules.Retention)]),
        ], more: 0);

        Assert.Equal("message", (string?)message["type"]);
        Assert.Equal(TeamsCard.ContentType, (string?)message["attachments"]![0]!["contentType"]);
        var card = Content(message);
        Assert.True((bool?)card["rtl"]);
        Assert.Equal("he", (string?)card["lang"]);
        var body = card["body"]!.AsArray();
        Assert.Contains("3 משתתפים", (string?)body[0]!["text"]);
        Assert.Equal("כפר סבא (2)", (string?)body[2]!["text"]);
        var facts = body[3]!["facts"]!.AsArray();
        Assert.Equal(["P1", "P2"], facts.Select(f => (string?)f!["title"]));
        Assert.Equal("לא ענה/תה לבדיקה הרבעונית ולתזכורות, ללא מענה מאז 22/11/2026", (string?)facts[0]!["value"]);
        Assert.Equal("ביקש/ה שיחה מהמקדמת (הבדיקה הרבעונית), מאז 01/12/2026", (string?)facts[1]!["value"]);
        Assert.Equal("תל אביב (1)", (string?)body[4]!["text"]);
        Assert.Equal("P3", (string?)body[5]!["facts"]![0]!["title"]);
        Assert.Equal(6, body.Count);
    }

    [Fact]
    public void Message_MoreLeft_SaysHowManyComeNext()
    {
        var card = Content(TaskAnnouncementCard.Message([new CenterTasks("מודיעין", [Task("P1", TaskKinds.NoAnswer)])], more: 7));

        Assert.Equal("ועוד 7 בהודעה הבאה.", (string?)card["body"]!.AsArray()[^1]!["text"]);
    }

    [Theory]
    [InlineData(TaskKinds.NotWorking, "לא עובד/ת כעת")]
    [InlineData(TaskKinds.NoChannel, "אין דרך לשלוח")]
    [InlineData(TaskKinds.Undeliverable, "לא נמסרה")]
    [InlineData(TaskKinds.ExitCheck, "להציע סגירת תיק")]
    public void Line_EachKind_SaysWhyInHebrew(string kind, string expected)
    {
        var line = TaskAnnouncementCard.Line(Task("P9", kind, since: "2026-10-05"));

        Assert.Contains(expected, line);
        Assert.EndsWith("05/10/2026", line);
    }
}
