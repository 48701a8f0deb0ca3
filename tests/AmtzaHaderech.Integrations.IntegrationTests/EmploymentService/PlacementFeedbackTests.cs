using System.Text;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.IntegrationTests.EmploymentService;

/// A referred person whom SPOT shows starting a job after the referral is reported back as
/// placed (השתלב_בעבודה), once, with the job's first day.
[Collection(StorageCollection.Name)]
public sealed class PlacementFeedbackTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Feedback_SpotEpisodeAfterReferral_ReportsPlacementOnce()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26));
        await hub.Get<SpotExportImporter>().ImportFolderAsync(AmtzaCli.Sample("spot-export"));
        // P00700000 in the sample export: enrolled, a job from 2018-04-30.
        var row = EsFileBuilder.Row(1);
        row["מספר_זהות"] = "768939100";
        row["תאריך_הפניה"] = "01/01/2018";
        row["תאריך_לידה"] = "26/10/1961";
        var bytes = new EsFileBuilder().Add(row).Build();
        var imported = await hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile("es-referrals_4521_20180101_01.csv", bytes.Length, () => new MemoryStream(bytes)));
        Assert.Equal((Outcomes.Merged, "P00700000"), (imported.Records[0].Outcome, imported.Records[0].ParticipantId));

        var first = Encoding.UTF8.GetString((await hub.Get<FeedbackFileWriter>().WriteAsync(new DateOnly(2026, 11, 26))).Content);
        var next = Encoding.UTF8.GetString((await hub.Get<FeedbackFileWriter>().WriteAsync(new DateOnly(2026, 11, 27))).Content);

        Assert.Contains("800001,768939100,כפילות,26/11/2026,,", first);
        Assert.Contains("800001,768939100,השתלב_בעבודה,26/11/2026,30/04/2018,", first);
        Assert.DoesNotContain("800001", next);
    }
}
