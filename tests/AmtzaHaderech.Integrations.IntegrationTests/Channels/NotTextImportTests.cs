using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Facebook.Export;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Storage;
using AmtzaHaderech.Integrations.Tests.Common;
using Azure.Storage.Blobs.Models;

namespace AmtzaHaderech.Integrations.IntegrationTests.Channels;

/// Issue 13: random bytes, a NUL in the middle of a valid file, and one byte Windows-1255 leaves
/// undefined are text in no allowed encoding. Every channel that reads text files refuses them
/// as `encoding` through its real importer, and the store holds nothing from them.
[Collection(StorageCollection.Name)]
public sealed class NotTextImportTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task EmploymentService_NotText_QuarantinedEncodingNothingImported(string kind)
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var text = await SampleTextAsync("employment-service", "es-referrals_4521_20261124_01.csv");
        var file = FileOf("es-referrals_4521_20261124_01.csv", NotText.Bytes(kind, text));

        var result = await hub.Get<EmploymentServiceImporter>().ImportAsync(file);

        await AssertQuarantinedAsync(hub, result, Sources.EmploymentService);
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task Municipal_NotText_QuarantinedEncodingNothingImported(string kind)
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var text = await SampleTextAsync("municipal", "kfar-saba_2026-11.csv");

        var result = await hub.Get<MunicipalImporter>().ImportAsync("kfar-saba", FileOf("kfar-saba_2026-11.csv", NotText.Bytes(kind, text)));

        await AssertQuarantinedAsync(hub, result, Sources.Municipal);
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task IntakeExport_NotText_QuarantinedEncodingNothingImported(string kind)
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var text = await SampleTextAsync("intake", "microsoft-forms_2026-11.csv");

        var result = await hub.Get<IntakeExportImporter>().ImportAsync("microsoft-forms", FileOf("microsoft-forms_2026-11.csv", NotText.Bytes(kind, text)));

        await AssertQuarantinedAsync(hub, result, Sources.Intake);
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task FacebookLeadsExport_NotText_QuarantinedEncodingNothingImported(string kind)
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var text = await SampleTextAsync("facebook", "leads-export.csv");

        var result = await hub.Get<FacebookLeadsExportImporter>().ImportAsync(FileOf("leads-export.csv", NotText.Bytes(kind, text)));

        await AssertQuarantinedAsync(hub, result, Sources.Facebook);
    }

    [Theory]
    [MemberData(nameof(NotText.Kinds), MemberType = typeof(NotText))]
    public async Task SpotExport_NotTextInTheLastFile_FolderRefusedNothingImported(string kind)
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        // The last file read: participants and employment were read fine, yet none is written.
        var folder = CopyOfSpotSample();
        var path = Path.Combine(folder, SpotExportFiles.Activities);
        await File.WriteAllBytesAsync(path, NotText.Bytes(kind, await File.ReadAllTextAsync(path)));

        var result = await hub.Get<SpotExportImporter>().ImportFolderAsync(folder);

        Assert.Equal((SpotExportResult.StatusQuarantined, "activities.csv:encoding"), (result.Status, result.Reason));
        Assert.Empty(await StoredRows.AllAsync(hub));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task EmploymentService_TheValidSample_ImportedAndSeenInTheStore()
    {
        // The check the theories rely on: what an import writes does show in StoredRows.
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var bytes = await File.ReadAllBytesAsync(AmtzaCli.Sample("employment-service", "es-referrals_4521_20261124_01.csv"));

        var result = await hub.Get<EmploymentServiceImporter>().ImportAsync(FileOf("es-referrals_4521_20261124_01.csv", bytes));

        Assert.Equal(FileStatuses.Imported, result.Status);
        Assert.Contains(await StoredRows.AllAsync(hub), row => row.StartsWith(StorageNames.Tables.Participants + "/", StringComparison.Ordinal));
    }

    private static async Task AssertQuarantinedAsync(TestHub hub, FileResult result, string source)
    {
        Assert.Equal((FileStatuses.Quarantined, "encoding", (string?)null), (result.Status, result.Reason, result.Encoding));
        Assert.Empty(result.Records);
        Assert.Empty(await StoredRows.AllAsync(hub));
        var quarantined = await hub.Get<HubStorage>().Container(StorageNames.Containers.Quarantine).GetBlobsAsync(BlobTraits.None, BlobStates.None, source + "/", CancellationToken.None).ToListAsync();
        Assert.Single(quarantined);
    }

    // The samples' text (a BOM dropped): the bad files are made from it.
    private static Task<string> SampleTextAsync(params string[] path) => File.ReadAllTextAsync(AmtzaCli.Sample(path));

    private static InboundFile FileOf(string name, byte[] bytes) => new(name, bytes.Length, () => new MemoryStream(bytes));

    private static string CopyOfSpotSample()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spot-export-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { SpotExportFiles.Participants, SpotExportFiles.Employment, SpotExportFiles.Activities })
            File.Copy(Path.Combine(AmtzaCli.Sample("spot-export"), file), Path.Combine(folder, file));
        return folder;
    }
}
