using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// The mirror's one-blob copy (SpotMirrorCopy) is what the reports read, and never stale: a
/// write that changed rows moves the version, and a write under way (or one that died) makes
/// the reader go to the tables.
[Collection(StorageCollection.Name)]
public sealed class SpotMirrorCopyTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static string SampleFolder => AmtzaCli.Sample("spot-export");

    [Fact]
    public async Task LoadAsync_AfterImport_ReadsTheCopyAndSaysWhenItWasFed()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var result = await hub.Get<SpotExportImporter>().ImportFolderAsync(SampleFolder);

        var status = await hub.Get<SpotMirrorChanges>().GetAsync();
        var copied = await hub.Get<SpotMirrorCopy>().LoadAsync(status.Version);
        var loaded = await hub.Get<SpotStoreReader>().LoadAsync();

        Assert.True(status.Settled);
        Assert.Equal(hub.Clock.GetUtcNow(), status.FedAt);
        Assert.Equal("spot-export", status.FedBy);
        Assert.NotNull(copied); // made by the import itself
        Assert.Equal(result.Counts.Participants.Imported, copied.Participants.Count);
        Assert.Equal(copied.Participants, loaded.Data.Participants);
        var fedAt = TimeZoneInfo.ConvertTime(status.FedAt!.Value, IsraelTime.Zone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"נתוני SPOT נכון ל-{fedAt}", loaded.Status.Describe());
    }

    [Fact]
    public async Task LoadAsync_AfterAnotherImportChangedARow_ReadsTheChange()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await hub.Get<SpotExportImporter>().ImportFolderAsync(SampleFolder);
        var before = await hub.Get<SpotStoreReader>().LoadAsync();
        var changed = before.Data.Participants[0] with { City = "עיר אחרת" };

        var rows = new SpotExportRows([new SpotRow<SpotParticipant>(1, changed, null)], [], []);
        await hub.Get<SpotExportImporter>().ImportRowsAsync("spot-pull:participants", rows);
        var after = await hub.Get<SpotStoreReader>().LoadAsync();

        Assert.True(after.Status.Version > before.Status.Version);
        Assert.Equal("עיר אחרת", after.Data.Participants.Single(p => p.ParticipantId == changed.ParticipantId).City);
        Assert.Equal("spot-pull:participants", after.Status.FedBy);
    }

    [Fact]
    public async Task LoadAsync_WhileAWriteIsUnfinished_ReadsTheTablesNotTheCopy()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await hub.Get<SpotExportImporter>().ImportFolderAsync(SampleFolder);
        var first = (await hub.Get<SpotStoreReader>().LoadAsync()).Data.Participants[0];

        // A writer that began and died after writing one row: no end, no new version.
        await hub.Get<SpotMirrorChanges>().BeginAsync();
        var moved = first with { City = "נכתב לפני הקריסה" };
        await hub.Get<SpotMirrorStore>().PutParticipantAsync(moved, SpotMirrorStore.HashOf(moved), "hub-id-unchanged");
        var during = await hub.Get<SpotStoreReader>().LoadAsync();

        Assert.False(during.Status.Settled);
        Assert.Equal("נכתב לפני הקריסה", during.Data.Participants.Single(p => p.ParticipantId == first.ParticipantId).City);

        // The next write that ends moves the version even if it changed nothing itself.
        var unchanged = new SpotExportRows([], [], []);
        await hub.Get<SpotExportImporter>().ImportRowsAsync("spot-pull:participants", unchanged);
        var after = await hub.Get<SpotStoreReader>().LoadAsync();
        Assert.True(after.Status.Settled);
        Assert.True(after.Status.Version > during.Status.Version);
        Assert.Equal("נכתב לפני הקריסה", after.Data.Participants.Single(p => p.ParticipantId == first.ParticipantId).City);
    }
}
