using System.Text.Json;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// `amtza followups run` and the demo's follow-ups step, as an operator runs them.
[Collection(StorageCollection.Name)]
public sealed class FollowUpsCliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FollowUpsRun_Json_ListsWhatWasSentOnceAndWritesTheMessages()
    {
        var outbox = Path.Combine(Path.GetTempPath(), "amtza-outbox-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        environment["FollowUps__OutboxFolder"] = outbox;
        Assert.Equal(0, (await AmtzaCli.RunAsync(["import", "spot-export", AmtzaCli.Sample("spot-export")], environment)).ExitCode);

        var first = await AmtzaCli.RunAsync(["followups", "run", "--json", "--now", "2026-11-26T10:00"], environment);
        var again = await AmtzaCli.RunAsync(["followups", "run", "--json", "--now", "2026-11-26T10:30"], environment);

        Assert.Equal(0, first.ExitCode);
        var sent = first.Json.GetProperty("sent").EnumerateArray().ToList();
        Assert.True(sent.Count > 10, first.Stdout);
        Assert.All(sent, item => Assert.Equal("sent", item.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Number, first.Json.GetProperty("deferred").ValueKind);
        Assert.Equal(sent.Count, Directory.GetFiles(outbox).Length);
        Assert.Empty(again.Json.GetProperty("sent").EnumerateArray());
        Assert.Equal(sent.Count, Directory.GetFiles(outbox).Length);
        Directory.Delete(outbox, recursive: true);
    }

    [Fact]
    public async Task Demo_FollowUpsStep_ShowsTodaysMessagesInTheOutFolder()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "amtza-demo-" + Guid.NewGuid().ToString("N")[..8]);

        var run = await AmtzaCli.RunAsync(["demo", "--data-dir", dataDir, "--json"], timeout: TimeSpan.FromMinutes(5));

        Assert.Equal(0, run.ExitCode);
        var followUps = run.Json.GetProperty("followUpsRun");
        var folder = followUps.GetProperty("outbox").GetString()!;
        Assert.Equal(Path.Combine(dataDir, "demo", "out", "messages"), folder);
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
        var card = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(folder, "teams"))));
        Assert.Contains("\"rtl\":true", card);
        Assert.Contains("לא ענה/תה לבדיקה הרבעונית ולתזכורות", card);
        Directory.Delete(dataDir, recursive: true);
    }
}
