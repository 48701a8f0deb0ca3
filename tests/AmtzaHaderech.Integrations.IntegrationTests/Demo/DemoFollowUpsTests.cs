namespace AmtzaHaderech.Integrations.IntegrationTests.Demo;

/// The demo's follow-ups steps (9 to 12): what they write to the local outbox.
[Collection(DemoCollection.Name)]
public sealed class DemoFollowUpsTests(DemoRun demo)
{
    [Fact]
    public async Task Demo_FollowUpsStep_ShowsTodaysMessagesInTheOutFolder()
    {
        var run = demo.Run;

        Assert.Equal(0, run.ExitCode);
        var followUps = run.Json.GetProperty("followUpsRun");
        var folder = followUps.GetProperty("outbox").GetString()!;
        Assert.Equal(Path.Combine(demo.DataDir, "demo", "out", "messages"), folder);
        var files = Directory.GetFiles(folder);
        // Reminders after 4 and 10 days go to the same folder.
        var reminders = run.Json.GetProperty("followUpsReminders").EnumerateArray().Select(r => r.GetProperty("reminders").GetInt32()).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, count => Assert.True(count > 0, run.Stdout));
        Assert.Equal(followUps.GetProperty("sent").GetArrayLength() + reminders.Sum(), files.Length);
        Assert.NotEmpty(files);
        var message = await File.ReadAllTextAsync(files[0]);
        Assert.Contains("http://127.0.0.1:7071/s/", message);
        Assert.Contains("/u/", message);
        // The eligible leads of the imports are invited to the demo's conferences of 2026-11-29
        // and reminded in this run; two weeks later the unanswered check-ins are escalated and
        // announced in one card in teams/.
        Assert.True(run.Json.GetProperty("conferenceInvitations").GetInt32() > 0, run.Stdout);
        var conference = followUps.GetProperty("sent").EnumerateArray().Where(i => i.GetProperty("rule").GetString() == "conference").ToList();
        Assert.NotEmpty(conference);
        Assert.All(conference, i => Assert.Equal("2026-11-26", i.GetProperty("dueOn").GetString()));
        Assert.Contains(files.Select(File.ReadAllText), text => text.Contains("http://127.0.0.1:7071/r/", StringComparison.Ordinal));
        var later = run.Json.GetProperty("followUpsTwoWeeksLater");
        Assert.True(later.GetProperty("escalated").GetInt32() > 0, run.Stdout);
        Assert.True(later.GetProperty("announced").GetInt32() > 0, run.Stdout);
        // A card per coordinator, addressed to them by name, beside the call list it opens.
        var teams = Path.Combine(folder, "teams");
        var cards = Directory.GetFiles(teams, "teams-card-*.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, cards.Count);
        Assert.Equal(cards.Count, Directory.GetFiles(teams, "call-list-*.xlsx").Length);
        Assert.Equal(later.GetProperty("cards").GetArrayLength(), cards.Count);
        var card = await File.ReadAllTextAsync(cards.Single(c => c.Contains("ksb-ksb-coord-1", StringComparison.Ordinal)));
        Assert.Contains("\"rtl\":true", card);
        Assert.Contains("<at>מיכל אברהם</at>", card);
        Assert.Contains("אין מענה לבדיקה הרבעונית ולתזכורות (נשלחה 26/11/2026)", card);
        Assert.Contains("ימים מהקשר האחרון", card);
        Assert.Contains("file://", card);
        Assert.DoesNotContain("בהודעה הבאה", card);
    }
}
