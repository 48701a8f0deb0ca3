using AmtzaHaderech.Integrations.IntegrationTests.Localization;

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
        // The reminder runs send new items too (the workshop invitations of 30/11).
        var laterSent = run.Json.GetProperty("followUpsReminders").EnumerateArray().Sum(r => r.GetProperty("sent").GetArrayLength());
        Assert.Equal(followUps.GetProperty("sent").GetArrayLength() + laterSent + reminders.Sum(), files.Length);
        Assert.NotEmpty(files);
        var message = await File.ReadAllTextAsync(files[0]);
        Assert.Matches(@"http://127\.0\.0\.1:7071/l/[A-Za-z0-9]{10}\n", message);
        Assert.DoesNotContain("/s/", message);
        // The eligible leads of the imports are invited to the demo's conferences of 2026-11-29
        // and reminded in this run; two weeks later the unanswered check-ins are escalated and
        // announced in one card in teams/.
        Assert.True(run.Json.GetProperty("conferenceInvitations").GetInt32() > 0, run.Stdout);
        var conference = followUps.GetProperty("sent").EnumerateArray().Where(i => i.GetProperty("rule").GetString() == "conference").ToList();
        Assert.NotEmpty(conference);
        Assert.All(conference, i => Assert.Equal("2026-11-26", i.GetProperty("dueOn").GetString()));
        Assert.Contains(files.Select(File.ReadAllText), text => text.Contains("מחכים לך בכנס החשיפה של אמצע הדרך ביום ראשון 29/11 בשעה 10:00", StringComparison.Ordinal));
        var later = run.Json.GetProperty("followUpsTwoWeeksLater");
        Assert.True(later.GetProperty("escalated").GetInt32() > 0, run.Stdout);
        Assert.True(later.GetProperty("announced").GetInt32() > 0, run.Stdout);
        // A card per coordinator, addressed to them by name, beside the call list it opens.
        var teams = Path.Combine(folder, "teams");
        // (The workshop's sign-up list cards of step 13 are beside them: DemoWorkshopsTests.)
        var cards = Directory.GetFiles(teams, "teams-card-*.json").Where(c => !c.Contains("teams-card-sign-ups-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
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

    [Fact]
    public async Task Demo_RussianLead_ConferenceReminderInRussianWithTimeAndPlace()
    {
        var folder = demo.Run.Json.GetProperty("followUpsRun").GetProperty("outbox").GetString()!;
        var russian = (await Task.WhenAll(Directory.GetFiles(folder).Select(f => File.ReadAllTextAsync(f))))
            .Where(text => text.Contains("\nLanguage: ru\n", StringComparison.Ordinal)).ToList();

        var message = Assert.Single(russian);
        Assert.Contains("Светлана, здравствуйте! Ждём вас на информационной встрече «Амца а-Дерех» в воскресенье, 29.11, в 10:00.", message);
        Assert.Contains("Адрес: Центр «Амца а-Дерех», ул. Вейцман 140, Кфар-Саба.", message);
        Assert.Contains("Segments: ", message);
        Assert.DoesNotContain(WrongName.Text, message);
    }

    [Fact]
    public void Demo_EveryMessage_ItsSmsPartsCountedHebrewCheckInsTwoAtMost()
    {
        var runs = new[] { demo.Run.Json.GetProperty("followUpsRun") }.Concat(demo.Run.Json.GetProperty("followUpsReminders").EnumerateArray());
        var messages = runs.SelectMany(r => r.GetProperty("messages").EnumerateArray()).ToList();

        Assert.Equal(runs.Sum(r => r.GetProperty("sent").GetArrayLength() + r.GetProperty("reminders").GetInt32()), messages.Count);
        Assert.All(messages, m => Assert.InRange(m.GetProperty("segments").GetInt32(), 1, 4));
        Assert.All(messages.Where(m => m.GetProperty("rule").GetString() == "quarterly" && m.GetProperty("language").GetString() == "he"),
            m => Assert.True(m.GetProperty("segments").GetInt32() <= 2, m.ToString()));
        Assert.Contains(messages, m => m.GetProperty("language").GetString() == "ru");
        var table = demo.Lines.SkipWhile(l => !l.StartsWith("9. ", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("10. ", StringComparison.Ordinal)).ToList();
        Assert.Contains(table, l => l.StartsWith("│ sms ", StringComparison.Ordinal));
        Assert.Contains(table, l => l.Contains("conference reminder", StringComparison.Ordinal) && l.Contains("│ ru ", StringComparison.Ordinal));
        Assert.Contains(table, l => l.StartsWith("conference reminder, ru, ", StringComparison.Ordinal) && l.Contains("SMS parts", StringComparison.Ordinal));
    }
}
