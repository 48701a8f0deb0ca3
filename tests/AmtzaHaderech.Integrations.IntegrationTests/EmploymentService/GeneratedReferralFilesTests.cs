using System.Text;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.EmploymentService;

/// Files the contract allows but the samples do not show, through the real importer on Azurite.
[Collection(StorageCollection.Name)]
public sealed class GeneratedReferralFilesTests(AzuriteFixture azurite)
{
    static GeneratedReferralFilesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly DateOnly Today = new(2026, 11, 26);

    private async Task<FileResult> ImportAsync(TestHub hub, string name, byte[] bytes) =>
        await hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile(name, bytes.Length, () => new MemoryStream(bytes)));

    [Fact]
    public async Task Import_Windows1255ReorderedHeadersQuotedLineBreaks_AcceptsEveryRow()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var builder = new EsFileBuilder { Headers = [.. EsFileBuilder.StandardHeaders.Reverse()] };
        var note = EsFileBuilder.Row(1);
        note["הערות"] = "מחפשת עבודה בת\"א, \"מנהלת חשבונות\"\nזמינה מיד";
        builder.Add(note).Add(EsFileBuilder.Row(2)).Add(EsFileBuilder.Row(3));

        var result = await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", builder.Build(Encoding.GetEncoding(1255), bom: false, newline: "\n"));

        Assert.Equal(FileStatuses.Imported, result.Status);
        Assert.Equal("windows-1255", result.Encoding);
        Assert.Equal(3, result.Rows);
        Assert.All(result.Records, r => Assert.Equal(Outcomes.Accepted, r.Outcome));
        var entry = await FirstLedgerEntry(hub);
        Assert.Equal(note["הערות"], entry.Raw["הערות"]);
        Assert.Equal("דנה", entry.Raw["שם_פרטי"]); // decoded, not mojibake
    }

    [Fact]
    public async Task Import_FiveDigitIdAndFeb29Birthday_PadsIdAndRejectsImpossibleDate()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var shortId = EsFileBuilder.Row(1);
        shortId["מספר_זהות"] = "00018"; // five digits: 000000018
        var leap = EsFileBuilder.Row(2);
        leap["תאריך_לידה"] = "29/02/1960";
        var notLeap = EsFileBuilder.Row(3);
        notLeap["תאריך_לידה"] = "29/02/1961";

        var result = await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", new EsFileBuilder().Add(shortId).Add(leap).Add(notLeap).Build());

        Assert.Equal(Outcomes.Accepted, result.Records[0].Outcome);
        var person = await hub.Get<ParticipantStore>().GetAsync(ReferralPipeline.ParticipantIdFor("4521:800001"));
        Assert.Equal("000000018", person!.Participant.NationalId);
        Assert.Equal(Outcomes.Accepted, result.Records[1].Outcome);
        Assert.Equal((Outcomes.Rejected, "birth_date"), (result.Records[2].Outcome, result.Records[2].Reason));
    }

    [Fact]
    public async Task Import_TrailerDisagreesWithRows_QuarantinesWholeFileAndImportsNothing()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var bytes = new EsFileBuilder().Add(EsFileBuilder.Row(1)).Add(EsFileBuilder.Row(2)).Build(trailerCount: 3);

        var result = await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", bytes);

        Assert.Equal((FileStatuses.Quarantined, "trailer"), (result.Status, result.Reason));
        Assert.Empty(result.Records);
        Assert.Null(await hub.Get<ParticipantStore>().GetAsync(ReferralPipeline.ParticipantIdFor("4521:800001")));
        var quarantined = hub.Get<Storage.HubStorage>().Container(Storage.StorageNames.Containers.Quarantine).GetBlobsAsync();
        Assert.Single(await quarantined.ToListAsync());
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_NamesTheColumn()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var builder = new EsFileBuilder { Headers = [.. EsFileBuilder.StandardHeaders.Where(h => h != "מספר_זהות")] };

        var result = await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", builder.Add(EsFileBuilder.Row(1)).Build());

        Assert.Equal("missing_column:מספר_זהות", result.Reason);
    }

    [Fact]
    public async Task Import_CorrectedResendOfRejectedRow_ProcessesItAfresh()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var bad = EsFileBuilder.Row(1);
        bad["מספר_זהות"] = "123456789";
        var first = await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", new EsFileBuilder().Add(bad).Build());
        var second = await ImportAsync(hub, "es-referrals_4521_20261123_02.csv", new EsFileBuilder().Add(EsFileBuilder.Row(1)).Build());

        Assert.Equal((Outcomes.Rejected, "national_id"), (first.Records[0].Outcome, first.Records[0].Reason));
        Assert.Equal(Outcomes.Accepted, second.Records[0].Outcome);
    }

    [Fact]
    public async Task Feedback_SameDateTwice_WritesSameContentAndReportsEachChangeOnce()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", new EsFileBuilder().Add(EsFileBuilder.Row(1)).Build());
        var writer = hub.Get<FeedbackFileWriter>();

        var first = await writer.WriteAsync(Today);
        var again = await writer.WriteAsync(Today);
        var nextDay = await writer.WriteAsync(Today.AddDays(1));

        Assert.Equal(1, first.Rows);
        Assert.Equal(first.Content, again.Content);
        Assert.Equal(0, nextDay.Rows);
        var text = Encoding.UTF8.GetString(first.Content);
        Assert.Contains("800001,", text);
        Assert.Contains("התקבל", text);
        Assert.EndsWith("#סה\"כ,1\r\n", text);
    }

    private static async Task<LedgerEntry> FirstLedgerEntry(TestHub hub)
    {
        await foreach (var entry in hub.Get<IntakeLedger>().AllAsync())
            if (entry.Row == 1) return entry;
        throw new InvalidOperationException("No ledger entry.");
    }
}
