using System.Text.Json;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// `amtza followups run`, as an operator runs it (the demo's follow-ups steps: Demo/DemoFollowUpsTests).
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
}
