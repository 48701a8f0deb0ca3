using System.Net;
using System.Text;
using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.IntegrationTests.FollowUps;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.IntegrationTests.Intake;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Storage;

namespace AmtzaHaderech.Integrations.IntegrationTests.Channels;

/// Issue 17, section 2: the attacker's inputs, through the real importers, writers and pages.
/// A name that is a formula is refused where it arrives; text that reaches a file staff open
/// starts with no formula character; an ID that is no ID is not written back.
[Collection(StorageCollection.Name)]
public sealed class FormulaInjectionTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/x\",\"לחצו\") כהן";
    private const string Dde = "@SUM(1+1)*cmd|' /C calc'!A0";

    [Fact]
    public async Task MunicipalListAndSpotPush_NamesThatAreFormulas_RejectedAndNoCellOfTheSpotFilesIsAFormula()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var list = "שם מלא;טלפון;דוא\"ל;שנת לידה;שכונה;מאשר/ת קבלת עדכונים;תאריך הרשמה\r\n"
            + $"{Hyperlink};050-1010101;;1966;;כן;\r\n"
            + "+cmd|calc אבי;050-2020202;;1960;;כן;\r\n"
            + "מיכל אברהם;050-3030303;;1966;;כן;\r\n";
        var bytes = Encoding.UTF8.GetBytes(list);
        // And a referral whose city (free text, not a name) is a formula: written, but as text.
        var es = EsFileBuilder.Row(1);
        es["ישוב"] = Dde;
        var referral = new EsFileBuilder().Add(es).Build();

        var municipal = await hub.Get<MunicipalImporter>().ImportAsync("kfar-saba", new InboundFile("kfar-saba_2026-11.csv", bytes.Length, () => new MemoryStream(bytes)));
        await hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile("es-referrals_4521_20261126_01.csv", referral.Length, () => new MemoryStream(referral)));
        var push = await hub.Get<SpotSync>().PushAsync(all: true);

        Assert.Equal(
            [(Outcomes.Rejected, "bad_value:firstName"), (Outcomes.Rejected, "bad_value:firstName"), (Outcomes.Accepted, null)],
            municipal.Records.Select(r => (r.Outcome, r.Reason)));
        var cells = new List<string>();
        foreach (var file in push.Files) cells.AddRange((await ReadCsvAsync(hub, file.Blob)).SelectMany(row => row));
        Assert.Equal(2, push.Sent); // מיכל and the referral
        Assert.DoesNotContain(cells, cell => cell.Contains("HYPERLINK") || cell.Contains("cmd|calc"));
        // Only a phone the hub validated starts with `+`: it is written as it is (a number to a spreadsheet).
        Assert.Equal(["+972502000001", "+972503030303"], cells.Where(SpreadsheetText.IsFormulaLike).Order());
        Assert.All(cells.Where(SpreadsheetText.IsFormulaLike), phone => Assert.True(IsraeliPhone.IsE164(phone)));
        Assert.Contains("'" + Dde, cells);
    }

    [Fact]
    public async Task FeedbackFile_RejectedReferralWhoseNationalIdIsAFormula_IdLeftEmpty()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var row = EsFileBuilder.Row(1);
        row["מספר_זהות"] = "=HYPERLINK(\"http://evil.example/es\")";
        var referral = new EsFileBuilder().Add(row).Add(EsFileBuilder.Row(2)).Build();

        var import = await hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile("es-referrals_4521_20261126_01.csv", referral.Length, () => new MemoryStream(referral)));
        var feedback = await hub.Get<FeedbackFileWriter>().WriteAsync(Today);

        Assert.Equal((Outcomes.Rejected, "national_id"), (import.Records[0].Outcome, import.Records[0].Reason));
        var text = Encoding.UTF8.GetString(feedback.Content);
        Assert.DoesNotContain("HYPERLINK", text);
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();
        Assert.Equal(["800001", "", "נדחה"], rows.Single(r => r[0] == "800001")[..3]);
        Assert.Equal(EsFileBuilder.ValidId(200002), rows.Single(r => r[0] == "800002")[1]); // a valid ID still goes back
    }

    [Theory]
    [InlineData("employer", "=1+1")]
    [InlineData("employer", "@SUM(A1)")]
    [InlineData("role", "+972 evil")]
    [InlineData("role", "מנהל: http://evil.example")]
    public async Task CheckInPage_EmployerOrRoleThatIsNoName_RefusedInHebrewOnTheFieldAndNothingRecorded(string field, string value)
    {
        var links = await PageLinks.StartAsync(azurite);
        await using var _ = links.App;
        using var client = links.App.Client();

        var response = await client.PostAsync(links.Path(LinkPages.Status), PageLinks.Form(("working", "other"), ("scope", "full"), (field, value)));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"href=\"#{field}\"", html);
        Assert.Contains("באותיות ובספרות", html);
        Assert.Contains($"id=\"{field}\"", html);
        Assert.Empty(await FollowUpsHub.SpotOutboxAsync(links.App.Services, PageLinks.ParticipantId));
    }

    [Fact]
    public async Task IntakeForm_FirstNameThatIsAFormula_400WithTheHebrewErrorOnTheFieldAndNothingStored()
    {
        await using var app = await HubWebApp.StartAsync(azurite, Today);
        var answers = IntakeFormClient.Answers();
        answers["firstName"] = "=HYPERLINK(\"http://evil.example/x\",\"לחצו\")";

        var reply = await new IntakeFormClient(app).SubmitAsync(answers);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("<li><a href=\"#firstName\">השם הפרטי צריך להתחיל באות", reply.Html);
        Assert.Contains("id=\"firstName-error\"", reply.Html);
        Assert.Empty(await app.Get<IntakeLedger>().AllAsync().ToListAsync());
    }

    private static async Task<List<string[]>> ReadCsvAsync(TestHub hub, string blob)
    {
        var content = (await hub.Get<HubStorage>().Container(StorageNames.Containers.Outbound).GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToArray();
        using var reader = Csv.Reader(new StringReader(Encoding.UTF8.GetString(content[3..])));
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add(reader.Parser.Record!);
        return rows;
    }
}
