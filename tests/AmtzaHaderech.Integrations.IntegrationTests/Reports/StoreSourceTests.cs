using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.TestData;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// One source of truth (issue 11): the reports and the follow-up plan read the SPOT data the
/// store holds. A generated program of 1,200 participants (not the bundled samples) imported
/// into a fresh store gives, item for item, what the same commands give over that folder.
[Collection(StorageCollection.Name)]
public sealed class StoreSourceTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "amtza-generated-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static readonly string[][] Commands =
    [
        ["report", "program", "--as-of", "2016-06-30"],
        ["report", "program", "--as-of", "2019-12-31"],
        ["report", "coordinators", "--month", "2016-06"],
        ["report", "coordinators", "--month", "2019-06"],
        ["followups", "plan", "--as-of", "2016-06-30", "--all"],
        ["followups", "plan", "--as-of", "2019-12-31", "--all"],
    ];

    /// Every command that reads SPOT's data, the monthly jobs run now included.
    public static TheoryData<string[]> EveryReadingCommand => new(
    [
        .. Commands,
        ["report", "send", "program", "--as-of", "2018-10-31"],
        ["report", "send", "coordinators", "--month", "2018-10"],
        ["report", "evaluation", "--as-of", "2018-10-31"],
        ["report", "send", "evaluation", "--as-of", "2018-10-31"],
    ]);

    [Fact]
    public async Task Commands_FromTheStore_EqualTheSameCommandsOverTheFolder()
    {
        SpotExportCsv.WriteFolder(SpotDataGenerator.Generate(1_200, seed: 11), _folder);
        var env = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var import = await AmtzaCli.RunAsync(["import", "spot-export", _folder, "--json"], env);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Equal(1_200, import.Json.GetProperty("counts").GetProperty("participants").GetProperty("imported").GetInt32());

        foreach (var command in Commands)
        {
            var fromStore = await AmtzaCli.RunAsync([.. command, "--json"], env);
            var fromFolder = await AmtzaCli.RunAsync([.. command, "--spot-export", _folder, "--json"], env);
            Assert.True(fromStore.ExitCode == 0, $"{string.Join(' ', command)}: {fromStore.Stderr}");
            Assert.True(fromFolder.ExitCode == 0, $"{string.Join(' ', command)} --spot-export: {fromFolder.Stderr}");

            var store = JsonNode.Parse(fromStore.Stdout)!.AsObject();
            var folder = JsonNode.Parse(fromFolder.Stdout)!.AsObject();
            Assert.Equal("store", store["source"]!["kind"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(store["source"]!["fedAt"]?.GetValue<string>()), "the store's JSON says when it was fed");
            Assert.Equal("folder", folder["source"]!["kind"]!.GetValue<string>());
            store.Remove("source");
            folder.Remove("source");
            Assert.True(store.ToJsonString().Length > 200, $"{string.Join(' ', command)}: a report of substance");
            Assert.Equal(folder.ToJsonString(), store.ToJsonString());
        }
    }

    [Theory]
    [MemberData(nameof(EveryReadingCommand))]
    public async Task Command_OnAnEmptyStore_ExitsOneSayingHowToLoadIt(string[] command)
    {
        var env = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());

        var text = await AmtzaCli.RunAsync(command, env);
        var json = await AmtzaCli.RunAsync([.. command, "--json"], env);

        Assert.Equal(1, text.ExitCode);
        Assert.Contains("The store holds no SPOT data yet", text.Stderr);
        Assert.Contains("amtza import spot-export <folder>", text.Stderr);
        Assert.Contains("amtza spot pull", text.Stderr);
        Assert.Equal("", text.Stdout.Trim());
        Assert.Equal(1, json.ExitCode);
        Assert.Equal("no_spot_data", json.Json.GetProperty("error").GetString());
        Assert.Contains("amtza import spot-export", json.Json.GetProperty("reason").GetString());
    }
}
