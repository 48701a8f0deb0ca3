using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.TestData;
using AmtzaHaderech.Integrations.Tests.Reports;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// The referral funnel from what the hub really stores: two Employment Service referrals of
/// Kfar Saba on 23 November 2026 (a third rejected, and one resent), both invited to the
/// conference of the 29th, one confirming on the RSVP page; SPOT's export then brings both back
/// under SPOT's ids (linked to the hub's people as the import links them), one enrolled on
/// 1 December and placed on the 15th, the other still a lead. Worked out by hand.
[Collection(StorageCollection.Name)]
public sealed class EvaluationFunnelTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly ConferenceOn = new(2026, 11, 29);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "amtza-funnel-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ReportEvaluation_ReferralsInvitedConfirmedEnrolled_FunnelCountsEachStage()
    {
        await using var hub = await TestHub.StartAsync(azurite, Today, new(DemoCommand.ConferenceVenues)
        {
            ["FollowUps:Conferences:ksb:0"] = "2026-11-29",
            ["FollowUps:Conferences:ksb:1"] = "2026-12-27",
        });
        var (first, second) = (EsFileBuilder.Row(1), EsFileBuilder.Row(2));
        var rejected = EsFileBuilder.Row(3);
        rejected["מספר_זהות"] = rejected["מספר_זהות"][..8] + (char)('0' + (rejected["מספר_זהות"][8] - '0' + 1) % 10); // a wrong check digit
        var imported = await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", first, second, rejected);
        var resent = await ImportAsync(hub, "es-referrals_4521_20261123_02.csv", first);
        Assert.Equal(["accepted", "accepted", "rejected"], imported.Records.Select(r => r.Outcome));
        Assert.Equal("duplicate", Assert.Single(resent.Records).Outcome);
        var lead = imported.Records[0].ParticipantId!;
        Assert.Equal(RsvpOutcome.Recorded, await hub.Get<RsvpAnswersStore>().RecordAsync(RsvpToken(hub, lead), new RsvpChoice(true, null)));

        SpotExportCsv.WriteFolder(new SpotSnapshot(
            [Spot("S-1", first, new DateOnly(2026, 12, 1)), Spot("S-2", second, null)],
            [new SpotEpisode { EpisodeId = "E-1", ParticipantId = "S-1", StartDate = new DateOnly(2026, 12, 15) }],
            []), _folder);
        await hub.Get<SpotExportImporter>().ImportFolderAsync(_folder);

        var run = await AmtzaCli.RunAsync(["report", "evaluation", "--as-of", "2026-12-31", "--json"], AmtzaCli.On(azurite, hub.Prefix));

        Assert.True(run.ExitCode == 0, run.Stderr);
        var funnel = JsonNode.Parse(run.Stdout)!["funnel"]!;
        Assert.Equal(("2026-01-01", "2026-12-31"), ((string)funnel["from"]!, (string)funnel["to"]!));
        var expected = JsonNode.Parse("""
            {"channel": "employment_service", "records": 4, "rejected": 1, "duplicate": 1, "review": 0, "noConsent": 0,
             "people": 2, "eligible": 2, "eligibleRate": 1.0, "routingCall": 0, "notEligible": 0,
             "invited": 2, "invitedRate": 1.0, "confirmed": 1, "confirmedRate": 0.5,
             "enrolled": 1, "enrolledRate": 1.0, "placed": 1, "placedRate": 1.0, "medianDaysToEnrolment": 8.0}
            """)!.AsObject();
        JsonTreeAssert.Equal(expected, funnel["channels"]![0]);
        var all = expected.DeepClone().AsObject();
        all["channel"] = "all";
        JsonTreeAssert.Equal(all, funnel["channels"]![4]);
        Assert.All(funnel["channels"]!.AsArray().Skip(1).Take(3), c => Assert.Equal(0, (int)c!["records"]!));
    }

    [Fact]
    public async Task ReportEvaluation_ReferralOfAPersonSpotKnows_CountsTheHubPersonBehindSpotsId()
    {
        // SPOT already has the person as a lead; the referral merges into them, so the ledger shows
        // SPOT's id, while the invitation is the hub person's. Then SPOT enrols them.
        await using var hub = await TestHub.StartAsync(azurite, Today, new(DemoCommand.ConferenceVenues) { ["FollowUps:Conferences:ksb:0"] = "2026-11-29" });
        var referral = EsFileBuilder.Row(4);
        await ImportSpotAsync(hub, Spot("S-4", referral, null));
        var imported = await ImportAsync(hub, "es-referrals_4521_20261123_01.csv", referral);
        var record = Assert.Single(imported.Records);
        Assert.Equal(("merged", "S-4"), (record.Outcome, record.ParticipantId));
        await ImportSpotAsync(hub, Spot("S-4", referral, new DateOnly(2026, 12, 3)));

        var run = await AmtzaCli.RunAsync(["report", "evaluation", "--as-of", "2026-12-31", "--json"], AmtzaCli.On(azurite, hub.Prefix));

        Assert.True(run.ExitCode == 0, run.Stderr);
        var all = JsonNode.Parse(run.Stdout)!["funnel"]!["channels"]![4]!;
        Assert.Equal((1, 1, 1, 10.0), ((int)all["people"]!, (int)all["invited"]!, (int)all["enrolled"]!, (double)all["medianDaysToEnrolment"]!));
    }

    private async Task ImportSpotAsync(TestHub hub, params SpotParticipant[] participants)
    {
        var folder = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        SpotExportCsv.WriteFolder(new SpotSnapshot(participants, [], []), folder);
        Assert.Equal("imported", (await hub.Get<SpotExportImporter>().ImportFolderAsync(folder)).Status);
    }

    private static Task<FileResult> ImportAsync(TestHub hub, string name, params Dictionary<string, string>[] rows)
    {
        var builder = new EsFileBuilder();
        foreach (var row in rows) builder.Add(row);
        var bytes = builder.Build();
        return hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile(name, bytes.Length, () => new MemoryStream(bytes)));
    }

    private static LinkToken RsvpToken(TestHub hub, string lead)
    {
        var signer = hub.Get<LinkSigner>();
        return signer.Read(signer.Sign(signer.Issue(LinkPages.Rsvp, lead, FollowUpRules.Conference, ConferenceOn)), LinkPages.Rsvp).Token!;
    }

    /// SPOT's row of a referred person, as SPOT's export gives it back (SPOT's own id).
    private static SpotParticipant Spot(string id, Dictionary<string, string> referral, DateOnly? enrolledOn) => new()
    {
        ParticipantId = id,
        NationalId = referral["מספר_זהות"],
        FirstName = referral["שם_פרטי"],
        LastName = referral["שם_משפחה"],
        BirthDate = new DateOnly(1968, 3, 14),
        Phone = referral["טלפון_נייד"],
        Center = "ksb",
        RecruitmentSource = "employment_service",
        EnrolledOn = enrolledOn,
    };
}
