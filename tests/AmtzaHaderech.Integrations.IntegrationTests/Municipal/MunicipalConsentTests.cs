using System.Text;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Municipal;

/// Consent across monthly lists (docs/municipal-lists.md): withdrawn on a duplicate at once; given
/// where it was withheld, the row is processed again and merged into the person kept before.
[Collection(StorageCollection.Name)]
public sealed class MunicipalConsentTests(AzuriteFixture azurite)
{
    private const string Header = "שם מלא;טלפון;דוא\"ל;שנת לידה;שכונה;מאשר/ת קבלת עדכונים;תאריך הרשמה";

    private static InboundFile List(string name, params string[] rows)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");
        return new InboundFile(name, bytes.Length, () => new MemoryStream(bytes));
    }

    private static async Task<FileResult> ImportAsync(TestHub hub, InboundFile file) =>
        await hub.Get<MunicipalImporter>().ImportAsync("kfar-saba", file);

    private static async Task<Participant> PersonAsync(TestHub hub, string participantId) =>
        (await hub.Get<ParticipantStore>().GetAsync(participantId))!.Participant;

    [Fact]
    public async Task ImportAsync_NextMonthWithoutConsent_DuplicateAndConsentWithdrawn()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 12, 3));
        var november = await ImportAsync(hub, List("kfar-saba_2026-11.csv", "מיכל אברהם;050-1010101;michal@example.org;1966;הדרים;כן;01/11/2026"));
        var id = november.Records[0].ParticipantId!;
        Assert.True((await PersonAsync(hub, id)) is { SmsConsent: true, EmailConsent: true });

        var december = await ImportAsync(hub, List("kfar-saba_2026-12.csv", "מיכל אברהם;050-1010101;michal@example.org;1966;הדרים;לא;01/11/2026"));

        var row = Assert.Single(december.Records);
        Assert.Equal((Outcomes.Duplicate, id), (row.Outcome, row.ParticipantId));
        var person = await PersonAsync(hub, id);
        Assert.False(person.SmsConsent);
        Assert.False(person.EmailConsent);
        Assert.NotNull(person.Screening); // still the lead it was: only messages stop
    }

    [Fact]
    public async Task ImportAsync_WithdrawnThenGivenAgain_MergedWithConsent()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2027, 1, 3));
        const string yes = "מיכל אברהם;050-1010101;;1966;הדרים;כן;01/11/2026";
        await ImportAsync(hub, List("kfar-saba_2026-11.csv", yes));
        await ImportAsync(hub, List("kfar-saba_2026-12.csv", yes.Replace(";כן;", ";לא;")));

        var january = await ImportAsync(hub, List("kfar-saba_2027-01.csv", yes));

        var row = Assert.Single(january.Records);
        Assert.Equal(Outcomes.Merged, row.Outcome);
        Assert.True((await PersonAsync(hub, row.ParticipantId!)) is { SmsConsent: true, EmailConsent: true });
    }

    [Fact]
    public async Task ImportAsync_ConsentFromNoToYes_MergedIntoThePersonKept()
    {
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 12, 3));
        var november = await ImportAsync(hub, List("kfar-saba_2026-11.csv", "יוסי כהן;052-2020202;;1959;כפר סבא הירוקה;לא;02/11/2026"));
        var kept = Assert.Single(november.Records);
        Assert.Equal((Outcomes.NoConsent, (string?)null), (kept.Outcome, kept.Screening));
        var before = await PersonAsync(hub, kept.ParticipantId!);
        Assert.Equal((false, false, (ScreeningResult?)null), (before.SmsConsent, before.EmailConsent, before.Screening));

        var december = await ImportAsync(hub, List("kfar-saba_2026-12.csv", "יוסי כהן;052-2020202;;1959;כפר סבא הירוקה;כן;02/11/2026"));

        var row = Assert.Single(december.Records);
        Assert.Equal((Outcomes.Merged, kept.ParticipantId), (row.Outcome, row.ParticipantId));
        Assert.NotNull(row.Screening);
        var after = await PersonAsync(hub, kept.ParticipantId!);
        Assert.Equal((true, true), (after.SmsConsent, after.EmailConsent));
        Assert.NotNull(after.Screening);

        // Yes again next month: now an ordinary duplicate.
        var january = await ImportAsync(hub, List("kfar-saba_2027-01.csv", "יוסי כהן;052-2020202;;1959;כפר סבא הירוקה;כן;02/11/2026"));
        Assert.Equal(Outcomes.Duplicate, Assert.Single(january.Records).Outcome);
    }

    [Fact]
    public async Task ImportAsync_AnotherCitysListWithoutConsent_NoConsentMergedAndConsentKept()
    {
        // A city added by configuration alone, as docs/municipal-lists.md shows.
        await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 12, 3), new Dictionary<string, string?>
        {
            ["Municipal:Profiles:raanana:Municipality:Id"] = "raanana",
            ["Municipal:Profiles:raanana:Municipality:Name"] = "רעננה",
            ["Municipal:Profiles:raanana:Center"] = "ksb",
            ["Municipal:Profiles:raanana:Format"] = "csv",
            ["Municipal:Profiles:raanana:Columns:name"] = "fullName",
            ["Municipal:Profiles:raanana:Columns:mobile"] = "phone",
            ["Municipal:Profiles:raanana:Columns:updates"] = "consent",
            ["Municipal:Profiles:raanana:ConsentValues:0"] = "yes",
        });
        var kfarSaba = await ImportAsync(hub, List("kfar-saba_2026-11.csv", "רונית לוי;050-1234567;;1968;מרכז;כן;03/11/2026"));
        var bytes = Encoding.UTF8.GetBytes("name,mobile,updates\r\nרונית לוי,050-1234567,no\r\n");

        var raanana = await hub.Get<MunicipalImporter>().ImportAsync("raanana", new InboundFile("raanana_2026-12.csv", bytes.Length, () => new MemoryStream(bytes)));

        var row = Assert.Single(raanana.Records);
        var id = kfarSaba.Records[0].ParticipantId;
        Assert.Equal((Outcomes.NoConsent, id, (string?)null), (row.Outcome, row.ParticipantId, row.Screening));
        // A first arrival without consent withdraws nothing another list gave.
        var person = await PersonAsync(hub, id!);
        Assert.Equal((true, true, "kfar-saba"), (person.SmsConsent, person.EmailConsent, person.SubSource));
        Assert.Equal(2, person.Sources.Count);
    }
}
