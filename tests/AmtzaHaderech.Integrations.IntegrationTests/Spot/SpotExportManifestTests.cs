using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// A folder's `manifest.json` is read within a bound like every other file: a manifest names
/// three files, so one over 64 KiB is refused unparsed, and one that is no list is unreadable.
[Collection(StorageCollection.Name)]
public sealed class SpotExportManifestTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("amtza-manifest-").FullName;

    [Theory]
    [InlineData("huge", "too_large:manifest.json")]
    [InlineData("{\"files\": 3}", "unreadable:manifest.json")]
    [InlineData("[\"participants.csv\"", "unreadable:manifest.json")]
    public async Task ImportFolder_ManifestOverTheBoundOrNoList_FolderRefusedNothingWritten(string manifest, string reason)
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26));
        foreach (var file in new[] { SpotExportFiles.Participants, SpotExportFiles.Employment, SpotExportFiles.Activities })
            File.Copy(AmtzaCli.Sample("spot-export", file), Path.Combine(_folder, file));
        var text = manifest == "huge" ? "[" + string.Concat(Enumerable.Repeat("\"participants.csv\",", 4000)) + "\"participants.csv\"]" : manifest;
        await File.WriteAllTextAsync(Path.Combine(_folder, "manifest.json"), text);

        var result = await hub.Get<SpotExportImporter>().ImportFolderAsync(_folder);

        Assert.Equal((SpotExportResult.StatusQuarantined, reason), (result.Status, result.Reason));
        Assert.Empty(await StoredRows.AllAsync(hub));
    }

    [Fact]
    public async Task ImportFolder_ManifestListingOneFile_ThatFileImported()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26));
        File.Copy(AmtzaCli.Sample("spot-export", SpotExportFiles.Participants), Path.Combine(_folder, SpotExportFiles.Participants));
        await File.WriteAllTextAsync(Path.Combine(_folder, "manifest.json"), "{\"files\": [\"participants.csv\"]}");

        var result = await hub.Get<SpotExportImporter>().ImportFolderAsync(_folder);

        Assert.Null(result.Reason);
        Assert.Equal(160, result.Counts.Participants.Imported);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
