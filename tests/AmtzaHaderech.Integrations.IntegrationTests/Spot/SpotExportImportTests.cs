using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// `import spot-export` against the bundled SPOT sample (docs/spot.md, "Importing a SPOT export").
[Collection(StorageCollection.Name)]
public sealed class SpotExportImportTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static string SampleFolder => AmtzaCli.Sample("spot-export");

    [Fact]
    public async Task ImportSpotExport_SampleTwice_LoadsEveryRowThenAllUnchanged()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        var first = await AmtzaCli.RunAsync(["import", "spot-export", SampleFolder, "--json"], environment);
        var second = await AmtzaCli.RunAsync(["import", "spot-export", SampleFolder, "--json"], environment);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var rows = await SampleRowCountsAsync();
        Assert.Equal("imported", first.Json.GetProperty("status").GetString());
        foreach (var (file, count) in rows)
        {
            var before = first.Json.GetProperty("counts").GetProperty(file);
            var after = second.Json.GetProperty("counts").GetProperty(file);
            Assert.Equal((count, 0, 0), (before.GetProperty("imported").GetInt32(), before.GetProperty("unchanged").GetInt32(), before.GetProperty("quarantined").GetInt32()));
            Assert.Equal((0, count, 0), (after.GetProperty("imported").GetInt32(), after.GetProperty("unchanged").GetInt32(), after.GetProperty("quarantined").GetInt32()));
        }
        Assert.Empty(second.Json.GetProperty("quarantined").EnumerateArray());
    }

    [Fact]
    public async Task ImportSpotExport_MissingFile_RefusesFolderWithExitOne()
    {
        var folder = CopySample();
        File.Delete(Path.Combine(folder, SpotExportFiles.Activities));

        var run = await AmtzaCli.RunAsync(["import", "spot-export", folder, "--json"], AmtzaCli.On(azurite, AzuriteFixture.NewPrefix()));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("quarantined", run.Json.GetProperty("status").GetString());
        Assert.Equal("missing_file:activities.csv", run.Json.GetProperty("reason").GetString());
        Assert.Equal(0, run.Json.GetProperty("counts").GetProperty("participants").GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task ImportAsync_BrokenRows_QuarantinesThemAndImportsTheRest()
    {
        var folder = CopySample();
        var participants = ReplaceLine(folder, SpotExportFiles.Participants, 1, l => ReplaceField(l, 4, "1961-13-45"));
        var brokenId = participants.Split(',')[0];
        ReplaceLine(folder, SpotExportFiles.Employment, 3, l => ReplaceField(l, 1, "P99999999"));
        await using var hub = await TestHub.StartAsync(azurite, Today);

        var result = await ImporterFor(hub).ImportFolderAsync(folder);

        Assert.Equal(SpotExportResult.StatusImported, result.Status);
        var rows = await SampleRowCountsAsync();
        Assert.Contains(new SpotQuarantine(SpotExportFiles.Participants, 1, "bad_date:birth_date"), result.Quarantined);
        Assert.Contains(new SpotQuarantine(SpotExportFiles.Employment, 3, SpotQuarantineReasons.UnknownParticipant), result.Quarantined);
        Assert.Equal(rows["participants"] - 1, result.Counts.Participants.Imported);
        Assert.Equal(1, result.Counts.Participants.Quarantined);
        // The broken participant's own episodes and activities have no participant either.
        Assert.All(result.Quarantined.Where(q => q.File != SpotExportFiles.Participants), q => Assert.Equal(SpotQuarantineReasons.UnknownParticipant, q.Reason));
        Assert.Equal(rows["employment"], result.Counts.Employment.Total);
        Assert.Equal(rows["activities"], result.Counts.Activities.Total);
        var store = hub.Get<ParticipantStore>();
        Assert.Null(await store.GetAsync(ReferralPipeline.ParticipantIdFor(SpotParticipantMapping.SourceKey(brokenId))));
    }

    [Fact]
    public async Task LoadSnapshotAsync_AfterImport_EqualsTheFolder()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImporterFor(hub).ImportFolderAsync(SampleFolder);

        var stored = await hub.Get<SpotStoreReader>().LoadSnapshotAsync();
        var folder = await SpotExportReader.ReadFolderAsync(SampleFolder);

        Assert.Equal(folder.Participants.OrderBy(p => p.ParticipantId), stored.Participants.OrderBy(p => p.ParticipantId));
        Assert.Equal(folder.Episodes.OrderBy(e => e.EpisodeId), stored.Episodes.OrderBy(e => e.EpisodeId));
        Assert.Equal(folder.Activities.OrderBy(a => a.ActivityId), stored.Activities.OrderBy(a => a.ActivityId));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessAsync_ReferralOfSpotParticipant_MergesIntoSpotId(bool byNationalId)
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImporterFor(hub).ImportFolderAsync(SampleFolder);
        var spot = await UniquelyKeyedParticipantAsync();
        var phone = Common.IsraeliPhone.ToE164(spot.Phone)!;

        // A trusted channel's referral: a claim (the form, a lead) bringing consents SPOT's row
        // lacks would wait for a person instead (docs/matching.md, "Trust").
        var record = new InboundRecord
        {
            Source = Sources.EmploymentService,
            Key = "1",
            IdempotencyKey = "spot-test:" + byNationalId,
            File = "test.csv",
            Row = 1,
            RecordDate = Today,
            RecruitmentChannel = RecruitmentChannels.EmploymentService,
            Raw = new Dictionary<string, string?>(),
            Person = new PersonDetails
            {
                NationalId = byNationalId ? spot.IndexableNationalId : null,
                FirstName = spot.FirstName ?? "x",
                LastName = spot.LastName ?? "",
                BirthDate = spot.BirthDate,
                Phones = byNationalId ? [] : [phone],
            },
        };
        var result = await hub.Get<ReferralPipeline>().ProcessAsync(record, "receipt-" + byNationalId);

        Assert.Equal(Outcomes.Merged, result.Outcome);
        Assert.Equal(spot.ParticipantId, result.ParticipantId);
    }

    private static SpotExportImporter ImporterFor(TestHub hub) =>
        hub.Services.GetService<SpotExportImporter>()
        ?? ActivatorUtilities.CreateInstance<SpotExportImporter>(hub.Services, ActivatorUtilities.GetServiceOrCreateInstance<SpotMirrorStore>(hub.Services));

    /// A sample participant whose national ID and phone no other sample row shares, with a birth date.
    private static async Task<SpotParticipant> UniquelyKeyedParticipantAsync()
    {
        var all = (await SpotExportReader.ReadFolderAsync(SampleFolder)).Participants;
        return all.First(p => p.IndexableNationalId is not null && p.BirthDate is not null && p.FirstName is not null
            && Common.IsraeliPhone.ToE164(p.Phone) is { } phone
            && all.Count(o => o.IndexableNationalId == p.IndexableNationalId) == 1
            && all.Count(o => Common.IsraeliPhone.ToE164(o.Phone) == phone) == 1);
    }

    private static async Task<Dictionary<string, int>> SampleRowCountsAsync()
    {
        async Task<int> Count<T>(string file, Func<Stream, IAsyncEnumerable<SpotRow<T>>> read) where T : class
        {
            await using var stream = File.OpenRead(Path.Combine(SampleFolder, file));
            var n = 0;
            await foreach (var _ in read(stream)) n++;
            return n;
        }
        return new()
        {
            ["participants"] = await Count(SpotExportFiles.Participants, s => SpotExportReader.ReadParticipantsAsync(s)),
            ["employment"] = await Count(SpotExportFiles.Employment, s => SpotExportReader.ReadEmploymentAsync(s)),
            ["activities"] = await Count(SpotExportFiles.Activities, s => SpotExportReader.ReadActivitiesAsync(s)),
        };
    }

    private static string CopySample()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spot-export-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { SpotExportFiles.Participants, SpotExportFiles.Employment, SpotExportFiles.Activities })
            File.Copy(Path.Combine(SampleFolder, file), Path.Combine(folder, file));
        return folder;
    }

    /// Rewrites data row `row` (1-based, after the header) of a file; returns the new line.
    private static string ReplaceLine(string folder, string file, int row, Func<string, string> change)
    {
        var path = Path.Combine(folder, file);
        var lines = File.ReadAllLines(path);
        lines[row] = change(lines[row]);
        File.WriteAllLines(path, lines);
        return lines[row];
    }

    // The sample rows used here have no quoted commas before the replaced field.
    private static string ReplaceField(string line, int index, string value)
    {
        var fields = line.Split(',');
        fields[index] = value;
        return string.Join(',', fields);
    }
}
