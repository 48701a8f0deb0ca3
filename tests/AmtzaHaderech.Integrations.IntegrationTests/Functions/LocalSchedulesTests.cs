using AmtzaHaderech.Integrations.Cli.Local;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// `amtza serve` runs the Functions app's timers itself: each job must find its services and run
/// against a local store as `serve` configures it (messages and reports to folders), or serve
/// would only find out at 03:00 on the 1st of the month.
[Collection(StorageCollection.Name)]
public sealed class LocalSchedulesTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Jobs() => [.. LocalSchedules.Timetable.Select(j => j.Function)];

    [Theory]
    [MemberData(nameof(Jobs))]
    public async Task RunAsync_EachJob_RunsOnALocalStore(string function)
    {
        var folder = Path.Combine(Path.GetTempPath(), "local-schedules-" + Guid.NewGuid().ToString("N")[..8]);
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 12, 1), new Dictionary<string, string?>
        {
            ["FollowUps:OutboxFolder"] = Path.Combine(folder, "messages"),
            ["Reports:LocalFolder"] = Path.Combine(folder, "reports"),
        });

        var reports = function.StartsWith("SendMonthly", StringComparison.Ordinal);
        // The reports need people: the bundled SPOT history.
        if (reports) await hub.Get<SpotExportImporter>().ImportFolderAsync(AmtzaCli.Sample("spot-export"));

        await LocalSchedules.RunAsync(hub.Services, function);

        if (reports) Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "reports"), "*.xlsx", SearchOption.AllDirectories));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
