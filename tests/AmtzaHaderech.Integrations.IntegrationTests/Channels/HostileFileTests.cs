using System.Text.Json;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Storage;
using Azure.Storage.Blobs.Models;
using Xunit.Abstractions;

namespace AmtzaHaderech.Integrations.IntegrationTests.Channels;

/// Issue 17, section 3: files built to exhaust the importer are refused before they are parsed.
/// Each runs the real `amtza` as an operator would and watches its peak resident set: the file
/// is quarantined with its reason, the command prints the quarantine line and writes its JSON
/// result, exits 1 as for any quarantined file, the store holds nothing of it, and the run stays within the bounds
/// the issue sets (2 minutes, 600 MB). The numbers measured are in docs/benchmarks.md.
[Collection(StorageCollection.Name)]
public sealed class HostileFileTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private const long MaxPeakResidentKb = 600 * 1024;
    private static readonly TimeSpan Required = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(6);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private readonly string _folder = Directory.CreateTempSubdirectory("amtza-hostile-").FullName;

    [Fact]
    public async Task ImportMunicipal_XlsxWithOneCellInflatingTo400MB_QuarantinedTooLargeWithinBounds()
    {
        var file = Path.Combine(_folder, "modiin_2026-11.xlsx");
        HostileFiles.XlsxWithOneCell(file, 400L * 1024 * 1024);

        await AssertRefusedAsync(["import", "municipal", "--profile", "modiin", file], Sources.Municipal, "too_large");
    }

    [Fact]
    public async Task ImportMunicipal_XlsxWithSharedStringsInflatingTo300MB_QuarantinedTooLargeWithinBounds()
    {
        var file = Path.Combine(_folder, "modiin_2026-11.xlsx");
        HostileFiles.XlsxWithSharedStrings(file, items: 100 * 1024, charsPerItem: 3 * 1024);

        await AssertRefusedAsync(["import", "municipal", "--profile", "modiin", file], Sources.Municipal, "too_large");
    }

    [Fact]
    public async Task ImportEmploymentService_CsvWithOne30MBLine_QuarantinedTooLargeWithinBounds()
    {
        var file = Path.Combine(_folder, "es-referrals_4521_20261126_01.csv");
        HostileFiles.EsCsvWithOneLongLine(file, 30 * 1024 * 1024);

        await AssertRefusedAsync(["import", "employment-service", file], Sources.EmploymentService, "too_large");
    }

    [Fact]
    public async Task ImportMunicipal_XlsxWithExternalEntity_QuarantinedUnreadableWithinBounds()
    {
        var file = Path.Combine(_folder, "modiin_2026-11.xlsx");
        HostileFiles.XlsxWithExternalEntity(file);

        await AssertRefusedAsync(["import", "municipal", "--profile", "modiin", file], Sources.Municipal, "unreadable");
    }

    [Theory]
    [InlineData("one-cell")]
    [InlineData("shared-strings")]
    public async Task Generators_AtANormalSize_ImportedSoOnlySizeRefusesThem(string kind)
    {
        // The refusals above are about size: the same workbooks at a normal size import.
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var file = Path.Combine(_folder, "modiin_2026-11.xlsx");
        if (kind == "one-cell") HostileFiles.XlsxWithOneCell(file, 5);
        else HostileFiles.XlsxWithSharedStrings(file, items: 3, charsPerItem: 5);

        var result = await hub.Get<MunicipalImporter>().ImportAsync("modiin", InboundFile.FromPath(file));

        Assert.Equal((FileStatuses.Imported, 1, Outcomes.Accepted), (result.Status, result.Rows, Assert.Single(result.Records).Outcome));
    }

    private async Task AssertRefusedAsync(string[] command, string source, string reason)
    {
        var prefix = AzuriteFixture.NewPrefix();
        var json = Path.Combine(_folder, "result.json");

        var measured = await MeasuredCliRun.RunAsync([.. command, "--json", json, "--now", "2026-11-26"], AmtzaCli.On(azurite, prefix), HangGuard);

        output.WriteLine($"{Path.GetFileName(command[^1])} ({new FileInfo(command[^1]).Length:N0} bytes): exit {measured.Run.ExitCode}, "
            + $"{measured.Elapsed.TotalSeconds:F1} s, peak resident {measured.PeakResidentKb:N0} kB");
        Assert.True(measured.Run.ExitCode == 1, $"exit {measured.Run.ExitCode}\n{measured.Run.Stdout}\n{measured.Run.Stderr}");
        Assert.Contains($"quarantined ({reason})", measured.Run.Stdout);
        var result = JsonDocument.Parse(await File.ReadAllTextAsync(json)).RootElement.GetProperty("files")[0];
        Assert.Equal(("quarantined", reason, 0), (result.GetProperty("status").GetString(), result.GetProperty("reason").GetString(), result.GetProperty("rows").GetInt32()));
        Assert.True(measured.Elapsed < Required, $"took {measured.Elapsed}");
        Assert.True(measured.PeakResidentKb is > 0 and < MaxPeakResidentKb, $"peak resident {measured.PeakResidentKb:N0} kB");

        await using var hub = await TestHub.StartAsync(azurite, Today, new() { ["Hub:StorageNamePrefix"] = prefix });
        Assert.Empty(await StoredRows.AllAsync(hub));
        var quarantined = await hub.Get<HubStorage>().Container(StorageNames.Containers.Quarantine)
            .GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, source + "/", CancellationToken.None).ToListAsync();
        Assert.Equal(reason, Uri.UnescapeDataString(Assert.Single(quarantined).Metadata["reason"]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
