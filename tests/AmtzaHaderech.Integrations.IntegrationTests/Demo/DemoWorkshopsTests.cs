using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Workshops;

namespace AmtzaHaderech.Integrations.IntegrationTests.Demo;

/// The demo's workshops step (13): the invitations the runs sent, a sign-up through the page,
/// the list and its cards delivered to Kfar Saba's coordinators the day before, the marked list
/// read back and the attendances in SPOT's import file, in a few lines within 80 columns.
[Collection(DemoCollection.Name)]
public sealed class DemoWorkshopsTests(DemoRun demo)
{
    private List<string> Step =>
        [.. demo.Lines.SkipWhile(l => !l.StartsWith("13. ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("14. ", StringComparison.Ordinal))];

    [Fact]
    public void Demo_WorkshopsStep_SignUpThroughThePageListToTheCoordinatorsAttendanceToSpot()
    {
        var json = demo.Run.Json.GetProperty("workshops");
        var invitations = json.GetProperty("invitations").GetInt32();
        var signedUp = json.GetProperty("signedUp").GetString()!;
        var walkIn = json.GetProperty("walkIn").GetString()!;

        Assert.True(invitations > 0, demo.Run.Stderr);
        Assert.Equal($"{invitations} workshop invitations sent in the runs above (rule workshop)", Step[0]);
        Assert.Equal($"{signedUp} pressed \"אגיע\" on the page (HTTP 200): {SignUpStates.Booked}", Step[1]);
        Assert.Contains("סדנת קורות חיים, 01/12 10:00: 1 of 12 seats taken, 0 waiting", Step);
        Assert.Contains("  list sent to @מיכל אברהם, @יוסי מזרחי", Step);
        Assert.Contains("  the card: <at>מיכל אברהם</at>, רשימת הנרשמים לסדנה של מחר", Step);
        Assert.Equal(2, json.GetProperty("listsDelivered").GetInt32());
        Assert.Equal([(signedUp, "recorded", true), (walkIn, "recorded", false)],
            json.GetProperty("attendance").EnumerateArray().Select(a => (a.GetProperty("participantId").GetString(), a.GetProperty("state").GetString(), a.GetProperty("signedUp").GetBoolean())));
        Assert.Contains("01/12, evening: the marked list read back, 2 people came (1 not signed up)", Step);
        Assert.Equal(2, json.GetProperty("spotWorkshopRows").GetInt32());
        Assert.Contains("SPOT import file: 2 workshop attendances among its activities:", Step);
        var activities = File.ReadAllLines(json.GetProperty("spotActivitiesFile").GetString()!);
        Assert.Equal(2, activities.Count(l => l.Contains(",workshop,סדנת קורות חיים,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Demo_SignUpListCard_NamesTheCoordinatorAndThePersonWithTheWorkbooksLink()
    {
        var teams = Path.Combine(demo.DataDir, "demo", "out", "messages", "teams");
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(teams, "teams-card-sign-ups-ksb-ksb-coord-1-20261201-1000.json")))!["attachments"]![0]!["content"]!;

        Assert.Equal("נרשם אחד מתוך 12 מקומות · אין ממתינים. סמנו ברשימה מי הגיע.", (string?)card["body"]![2]!["text"]);
        Assert.Equal(new Uri(Path.Combine(teams, "sign-ups-ksb-20261201-1000.xlsx")).AbsoluteUri, (string?)card["actions"]![0]!["url"]);
        Assert.Equal(4, card["body"]!.AsArray().Count);
    }
}
