using System.Text;
using AmtzaHaderech.Integrations.Functions.Spot;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Files;
using AmtzaHaderech.Integrations.Spot.Outbox;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.DependencyInjection;
using static AmtzaHaderech.Integrations.IntegrationTests.Spot.SpotTesting;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// `file` mode (the default): SPOT bulk-import files in `outbound/spot/`, each change in exactly one.
[Collection(StorageCollection.Name)]
public sealed class SpotFileModeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Push_FileMode_WritesEachChangeOnceWithTheContractColumns()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImportRowsAsync(hub, 1, 2, 3);
        var sync = hub.Get<SpotSync>();

        var participants = await sync.PushAsync(all: true);
        await hub.Get<SpotOutbox>().EnqueueAsync(
        [
            SpotChanges.ForEmploymentStatus("follow-up:1", HubId(2), new SpotEmploymentStatus
            {
                AsOf = Today, Status = SpotEmploymentStatus.Employed, Employer = "חברת \"אור\", בע\"מ", MonthlySalary = 9500.5m, Source = "follow_up",
            }, hub.Clock.GetUtcNow()),
            SpotChanges.ForActivity("sms:1", HubId(3), new SpotActivityEntry { Date = Today, Type = "message_sent", Title = "בדיקת מצב תעסוקה" }, hub.Clock.GetUtcNow()),
        ]);
        var sweep = await ActivatorUtilities.CreateInstance<SweepSpotOutbox>(hub.Services).Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var third = await sync.PushAsync(all: true);

        Assert.Equal(("file", 3, 0), (participants.Mode, participants.Sent, participants.Pending));
        var file = Assert.Single(participants.Files);
        Assert.Equal(("participants", "spot/20261126-090000-participants.csv"), (file.Kind, file.Blob));
        var rows = await ReadCsvAsync(hub, file.Blob);
        Assert.Equal([.. SpotExportFiles.ParticipantColumns, "external_id", "changed_fields"], rows[0]);
        Assert.Equal(new[] { HubId(1), HubId(2), HubId(3) }.Order(), rows.Skip(1).Select(r => r[17]).Order());
        var first = rows.Single(r => r[17] == HubId(1));
        Assert.Equal(("", NationalId(1), "דנה", "1968-03-14", "F", "+972502000001", "כפר סבא", "ksb", "employment_service"),
            (first[0], first[1], first[2], first[4], first[5], first[6], first[8], first[9], first[10]));
        Assert.Equal("national_id;first_name;last_name;birth_date;gender;phone;city;center;recruitment_source", first[18]);

        Assert.Equal((2, 0), (sweep.Sent, sweep.Pending));
        var status = await ReadCsvAsync(hub, sweep.Files.Single(f => f.Kind == SpotImportFiles.EmploymentStatus).Blob);
        Assert.Equal(SpotImportFiles.EmploymentStatusColumns, status[0]);
        Assert.Equal(["", HubId(2), "2026-11-26", "employed", "חברת \"אור\", בע\"מ", "", "", "9500.5", "", "", "follow_up"], status[1]);
        var activities = await ReadCsvAsync(hub, sweep.Files.Single(f => f.Kind == SpotImportFiles.Activities).Blob);
        Assert.Equal(SpotImportFiles.ActivityColumns, activities[0]);
        Assert.Equal(["", "", HubId(3), "2026-11-26", "message_sent", "בדיקת מצב תעסוקה", "", ""], activities[1]);

        Assert.Equal((0, 0, 0), (third.Sent, third.Pending, third.Files.Count));
        Assert.Equal(3, await CountBlobsAsync(hub));
    }

    [Fact]
    public async Task Push_FileModeAfterAPushDiedBeforeWritingItsFile_WritesThatFileWithItsChangesOnly()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImportRowsAsync(hub, 1, 2);
        var outbox = hub.Get<SpotOutbox>();
        var ledger = hub.Get<SpotFileLedger>();
        // The dead push had assigned person 1's change to its file, and died before writing it.
        var assigned = await outbox.ChangesAsync(HubId(1), "pending");
        await ledger.AssignAsync("20261126-085959-participants.csv", SpotImportFiles.Participants, assigned);

        var result = await hub.Get<SpotSync>().PushAsync(all: true);

        Assert.Equal(2, result.Sent);
        Assert.Equal(["20261126-085959-participants.csv", "20261126-090000-participants.csv"], result.Files.Select(f => f.Name));
        Assert.Equal([1, 1], result.Files.Select(f => f.Rows));
        Assert.Equal(HubId(1), (await ReadCsvAsync(hub, result.Files[0].Blob))[1][17]);
        Assert.Equal(HubId(2), (await ReadCsvAsync(hub, result.Files[1].Blob))[1][17]);
        Assert.Empty(await ledger.UnfinishedAsync());
    }

    [Fact]
    public async Task SpotPush_Cli_PrintsTheContractJsonAndCopiesTheFiles()
    {
        var environment = AmtzaCli.On(azurite, AzuriteFixture.NewPrefix());
        environment["AMTZA_NOW"] = "2026-11-26T10:30";
        var outFolder = Path.Combine(Path.GetTempPath(), "amtza-spot-" + Guid.NewGuid().ToString("N")[..8]);
        await AmtzaCli.RunAsync(["import", "employment-service", AmtzaCli.Sample("employment-service", "es-referrals_4521_20261124_01.csv")], environment);

        var push = await AmtzaCli.RunAsync(["spot", "push", "--json", "--out", outFolder], environment);
        var again = await AmtzaCli.RunAsync(["spot", "push", "--json"], environment);

        Assert.Equal(0, push.ExitCode);
        Assert.Equal((6, 0, 0), (push.Json.GetProperty("sent").GetInt32(), push.Json.GetProperty("pending").GetInt32(), push.Json.GetProperty("failed").GetArrayLength()));
        var file = Assert.Single(push.Json.GetProperty("files").EnumerateArray());
        Assert.Matches(@"^outbound/spot/20261126-1030\d\d-participants\.csv$", file.GetProperty("blob").GetString());
        Assert.Equal(7, File.ReadAllLines(file.GetProperty("path").GetString()!).Length); // the header and six new people
        Assert.Equal((0, 0), (again.Json.GetProperty("sent").GetInt32(), again.Json.GetProperty("files").GetArrayLength()));
        Directory.Delete(outFolder, recursive: true);
    }

    private static async Task<List<string[]>> ReadCsvAsync(TestHub hub, string blob)
    {
        var content = (await hub.Get<HubStorage>().Container(StorageNames.Containers.Outbound).GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), content[..3]);
        using var reader = Common.Csv.Reader(new StringReader(Encoding.UTF8.GetString(content[3..])));
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add(reader.Parser.Record!);
        return rows;
    }

    private static async Task<int> CountBlobsAsync(TestHub hub)
    {
        var count = 0;
        await foreach (var _ in hub.Get<HubStorage>().Container(StorageNames.Containers.Outbound).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "spot/", CancellationToken.None)) count++;
        return count;
    }
}
