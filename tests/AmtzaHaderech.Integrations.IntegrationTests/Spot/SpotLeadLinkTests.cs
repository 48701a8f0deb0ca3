using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Export;

namespace AmtzaHaderech.Integrations.IntegrationTests.Spot;

/// File mode's round trip: a lead the hub sent to SPOT in a bulk-import file comes back in SPOT's
/// export under a SPOT id the hub never saw (the export has no `external_id`). It must land on
/// the same hub person, not a second one.
[Collection(StorageCollection.Name)]
public sealed class SpotLeadLinkTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private const string Header = "participant_id,national_id,first_name,last_name,birth_date,gender,phone,email,city,center,recruitment_source,enrolled_on,exited_on,exit_reason,coordinator,track,readiness";

    [Fact]
    public async Task ImportFolderAsync_LeadTheHubSent_LinkedToTheSamePerson()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        var lead = await hub.Get<ReferralPipeline>().ProcessAsync(Lead("1", "123456782", "0521234567"), "r1");
        var folder = ExportFolder("S900001,123456782,דנה,לוי,1962-03-04,F,052-1234567,,כפר סבא,ksb,social_media,,,,ksb-coord-1@example.org,,");

        var result = await Importer(hub).ImportFolderAsync(folder);

        Assert.Equal(1, result.Counts.Participants.Imported);
        var people = await hub.Get<ParticipantStore>().AllAsync().ToListAsync();
        var person = Assert.Single(people);
        Assert.Equal((lead.ParticipantId, "S900001"), (person.Id, person.SpotId));
        Assert.Contains("spot:S900001", person.Sources);
        // A referral of the same person later merges into them, by SPOT's id.
        var later = await hub.Get<ReferralPipeline>().ProcessAsync(Lead("2", "123456782", "0521234567"), "r2");
        Assert.Equal((Outcomes.Merged, "S900001"), (later.Outcome, later.ParticipantId));
    }

    [Fact]
    public async Task ImportFolderAsync_SharedPhoneButAnotherNationalId_StaysAPersonOfItsOwn()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today);
        await hub.Get<ReferralPipeline>().ProcessAsync(Lead("1", "123456782", "0521234567"), "r1");
        var folder = ExportFolder("S900002,000000018,משה,כהן,1958-01-01,M,052-1234567,,כפר סבא,ksb,friend,2026-01-05,,,ksb-coord-1@example.org,,");

        await Importer(hub).ImportFolderAsync(folder);

        var people = await hub.Get<ParticipantStore>().AllAsync().ToListAsync();
        Assert.Equal(2, people.Count);
        Assert.Single(people, p => p.SpotId == "S900002");
    }

    private static InboundRecord Lead(string key, string nationalId, string phone) => new()
    {
        Source = Sources.Intake,
        Key = key,
        IdempotencyKey = "link-test:" + key,
        File = "intake.csv",
        Row = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture),
        RecordDate = Today,
        RecruitmentChannel = RecruitmentChannels.SocialMedia,
        Raw = new Dictionary<string, string?>(),
        Person = new PersonDetails
        {
            NationalId = nationalId,
            FirstName = "דנה",
            LastName = "לוי",
            BirthDate = new DateOnly(1962, 3, 4),
            Phones = [Common.IsraeliPhone.ToE164(phone)!],
            City = "כפר סבא",
            MonthsOutOfWork = 6,
            YearsOfExperience = 20,
            DesiredScope = 100,
            Capacity = true,
        },
    };

    private static string ExportFolder(string participantRow)
    {
        var folder = Path.Combine(Path.GetTempPath(), "spot-link-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, SpotExportFiles.Participants), [Header, participantRow]);
        File.WriteAllLines(Path.Combine(folder, SpotExportFiles.Employment), ["episode_id,participant_id,start_date,end_date,employer,occupation,scope_percent,monthly_salary,found_via,self_employed"]);
        File.WriteAllLines(Path.Combine(folder, SpotExportFiles.Activities), ["activity_id,participant_id,date,type,title,coordinator,outcome"]);
        return folder;
    }

    private static SpotExportImporter Importer(TestHub hub) => hub.Get<SpotExportImporter>();
}
