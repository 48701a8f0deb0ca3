using AmtzaHaderech.Integrations.Cli.Local;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Storage;
using AmtzaHaderech.Integrations.TestData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations.ReportBenchmarks.Runs;

/// Where the reports read SPOT's data: the same generated history as an export folder (read and
/// parsed) and as the store's mirror after `import spot-export` (a real Azurite), each step
/// reading the data and computing both reports' metrics, as `amtza report` does.
public static class SourceRuns
{
    public const string Folder = "source: export folder, read + both reports' metrics";
    public const string Store = "source: store, read + both reports' metrics";
    public const string Tables = "source: store after a write (copy remade from the tables)";

    private static readonly string[] Centers = ["tlv", "ksb", "mod"];
    private static readonly DateOnly AsOf = new(2019, 12, 31);
    private static readonly ReportMonth Month = new(2019, 6);

    public static async Task<IReadOnlyList<Measurement>> RunAsync(int participants, int seed, int rounds, Action<string> log, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "amtza-source-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = SpotDataGenerator.Generate(participants, seed);
            SpotExportCsv.WriteFolder(data, folder);
            log($"Export folder of {participants:N0} participants ({data.Episodes.Count:N0} jobs, {data.Activities.Count:N0} activities) written; starting Azurite...");
            await using var azurite = await Azurite.InMemoryAsync(cancellationToken);
            using var host = Hub(azurite.Instance.ConnectionString);
            await host.Services.GetRequiredService<HubStorage>().EnsureCreatedAsync(cancellationToken);
            var started = DateTimeOffset.UtcNow;
            var import = await host.Services.GetRequiredService<SpotExportImporter>().ImportFolderAsync(folder, cancellationToken);
            log($"Imported into the store in {(DateTimeOffset.UtcNow - started).TotalSeconds:0} s ({import.Counts.Participants.Imported:N0} participants).");

            var reader = host.Services.GetRequiredService<SpotStoreReader>();
            var copy = host.Services.GetRequiredService<SpotMirrorCopy>();
            Measurement? fromFolder = null, fromStore = null, fromTables = null;
            for (var round = 1; round <= rounds; round++)
            {
                fromFolder = Fastest(fromFolder, Meter.Measure(Folder, () => Report(SpotExportReader.ReadFolderAsync(folder, cancellationToken: cancellationToken).GetAwaiter().GetResult())).Measurement);
                fromStore = Fastest(fromStore, Meter.Measure(Store, () => Report(reader.LoadSnapshotAsync(cancellationToken).GetAwaiter().GetResult())).Measurement);
                log($"Round {round}: folder {fromFolder.Elapsed.TotalSeconds:0.00} s, store {fromStore.Elapsed.TotalSeconds:0.00} s (fastest so far).");
            }
            // Once: what the first reader pays when no copy of the current version exists.
            await copy.SaveAsync(-1, new SpotSnapshot([], [], []), cancellationToken);
            fromTables = Meter.Measure(Tables, () => reader.LoadSnapshotAsync(cancellationToken).GetAwaiter().GetResult().Participants.Count).Measurement;
            return [fromFolder!, fromStore!, fromTables];
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static int Report(SpotSnapshot data) =>
        ProgramMetrics.Compute(data, AsOf, Centers).Centers[^1].Total + CoordinatorMetrics.Compute(data, Month, Centers).Coordinators.Count;

    private static Measurement Fastest(Measurement? best, Measurement next) => best is null || next.Elapsed < best.Elapsed ? next : best;

    private static IHost Hub(string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageNames.Connection] = connectionString,
            ["Hub:IdentityKeySecret"] = "report-benchmark-identity-key-0123456789abcdef",
        });
        builder.AddIntegrationsHub();
        return builder.Build();
    }
}
