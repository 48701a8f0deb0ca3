using System.Net;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Trust;

namespace AmtzaHaderech.Integrations.IntegrationTests.Trust;

/// Issue 17's attack, through every channel a stranger can type into: a claim carrying a known
/// person's national ID (or phone) with the stranger's own contacts waits for a person's
/// decision, and until then the person, their SPOT outbox and their invitations stay as they
/// were, and no message goes to the stranger's phone or e-mail (docs/matching.md, "Trust").
[Collection(StorageCollection.Name)]
public sealed class StrangerClaimTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PostIntake_KnownNationalIdWithAStrangersContacts_ReviewAndThePersonUntouched()
    {
        await using var hub = await TrustHub.StartAsync(azurite);
        var before = await hub.SnapshotAsync();

        var reply = await hub.SubmitFormAsync(hub.AttackersAnswers());

        Assert.Equal(HttpStatusCode.OK, reply.Status); // the same thank-you as any submission: nothing tells the stranger the ID is known
        var entry = Assert.Single(await hub.LedgerAsync(Sources.Intake));
        Assert.Equal((Outcomes.Review, ReviewReasons.UnverifiedMatch, (string?)null), (entry.Result.Outcome, entry.Result.Reason, entry.Result.ParticipantId));
        await AssertUntouchedAsync(hub, before);
        var item = Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());
        Assert.Equal((ReviewReasons.UnverifiedMatch, "rule1", hub.VictimId), (item.Rule, item.MatchedBy, Assert.Single(item.CandidateIds)));
        Assert.Equal([ClaimFields.Name, ClaimFields.BirthDate, ClaimFields.Phone, ClaimFields.Email],
            ClaimComparison.Differences(item.Record.Person!, item.Record.Consented, await hub.VictimAsync()).Select(d => d.Field));
    }

    [Fact]
    public async Task FacebookLead_KnownPhoneAndNameWithAStrangersEmail_ReviewAndThePersonUntouched()
    {
        await using var hub = await TrustHub.StartAsync(azurite);
        var before = await hub.SnapshotAsync();
        var victimsName = $"{TrustHub.Victim["שם_פרטי"]} {TrustHub.Victim["שם_משפחה"]}";

        var result = await hub.SubmitFacebookLeadAsync("120211000000000777", victimsName, TrustHub.Victim["טלפון_נייד"], TrustHub.AttackerEmail);

        Assert.Equal((Outcomes.Review, ReviewReasons.UnverifiedMatch), (result.Outcome, result.Reason));
        await AssertUntouchedAsync(hub, before);
        Assert.Equal("rule3", Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync()).MatchedBy);
    }

    [Fact]
    public async Task IntakeExportRow_KnownNationalIdWithAStrangersContacts_ReviewAndThePersonUntouched()
    {
        await using var hub = await TrustHub.StartAsync(azurite);
        var before = await hub.SnapshotAsync();

        var result = await hub.ImportIntakeExportRowAsync(
            $"7,11/22/2026 10:02:11,11/22/2026 10:09:45,מאיר,גנבי,{hub.VictimNationalId},1/1/1960,זכר,כפר סבא,{TrustHub.AttackerPhone},{TrustHub.AttackerEmail}," +
            "חבר/ה,נהג,30,01/2026,משרה מלאה,עבודה כשכיר או שכירה,כן,מאשר/ת,מסכים/ה,מסכים/ה");

        Assert.Equal((Outcomes.Review, ReviewReasons.UnverifiedMatch), (result.Outcome, result.Reason));
        await AssertUntouchedAsync(hub, before);
    }

    [Fact]
    public async Task PostIntake_IdenticalToTheStoredPerson_MergedAndNothingChanges()
    {
        await using var hub = await TrustHub.StartAsync(azurite);
        var before = await hub.SnapshotAsync();
        var stored = await hub.VictimAsync();

        await hub.SubmitFormAsync(hub.VictimsAnswers());

        var entry = Assert.Single(await hub.LedgerAsync(Sources.Intake));
        Assert.Equal((Outcomes.Merged, "rule1", stored.DisplayId), (entry.Result.Outcome, entry.Result.Reason, entry.Result.ParticipantId));
        var after = await hub.VictimAsync();
        Assert.Equal((stored.NationalId, stored.FirstName, stored.LastName, stored.BirthDate), (after.NationalId, after.FirstName, after.LastName, after.BirthDate));
        Assert.Equal(stored.AlternativeNames, after.AlternativeNames);
        Assert.Equal(stored.Phones, after.Phones);
        Assert.Equal(stored.Emails, after.Emails);
        Assert.Equal((stored.SmsConsent, stored.EmailConsent), (after.SmsConsent, after.EmailConsent));
        Assert.Equal(before.Outbox, (await hub.SnapshotAsync()).Outbox); // nothing for SPOT
        Assert.Empty(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());
    }

    [Fact]
    public async Task PostIntake_WithdrawingTheStoredPersonsConsent_ReviewUntilAPersonDecides()
    {
        await using var hub = await TrustHub.StartAsync(azurite);
        var before = await hub.SnapshotAsync();
        var answers = hub.VictimsAnswers();
        answers.Remove("smsConsent");
        answers.Remove("emailConsent");

        await hub.SubmitFormAsync(answers);

        var entry = Assert.Single(await hub.LedgerAsync(Sources.Intake));
        Assert.Equal((Outcomes.Review, ReviewReasons.UnverifiedMatch), (entry.Result.Outcome, entry.Result.Reason));
        Assert.Equal(before.Person, (await hub.SnapshotAsync()).Person); // still messaged: a stranger cannot silence her
        var item = Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());

        var decided = await hub.Get<ReviewDecisions>().DecideAsync(item.Id, ReviewDecisions.Same);

        Assert.Equal((Outcomes.Merged, "rule1"), (decided.Result.Outcome, decided.Result.Reason));
        var after = await hub.VictimAsync();
        Assert.Equal((false, false), (after.SmsConsent, after.EmailConsent)); // she said so herself: applied
    }

    [Fact]
    public async Task DecideSame_TheStrangersClaim_AppliedThroughTheWriter()
    {
        await using var hub = await TrustHub.StartAsync(azurite);
        await hub.SubmitFormAsync(hub.AttackersAnswers());
        var item = Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());

        var decided = await hub.Get<ReviewDecisions>().DecideAsync(item.Id, ReviewDecisions.Same);

        Assert.Equal((Outcomes.Merged, (await hub.VictimAsync()).DisplayId), (decided.Result.Outcome, decided.Result.ParticipantId));
        var after = await hub.VictimAsync();
        Assert.Contains(TrustHub.AttackerPhoneE164, after.Phones);
        Assert.Contains(TrustHub.AttackerEmail, after.Emails);
        Assert.Contains(after.AlternativeNames, n => n.FirstName == "מאיר");
        Assert.Equal(new DateOnly(1968, 3, 14), after.BirthDate); // a conflicting value never overwrites
    }

    [Fact]
    public async Task DecideDifferent_AClaimSharingANationalId_ANewPersonWithoutThatIdAndThePersonUntouched()
    {
        await using var hub = await TrustHub.StartAsync(azurite);
        await hub.SubmitFormAsync(hub.AttackersAnswers());
        var before = await hub.SnapshotAsync();
        var item = Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());

        var decided = await hub.Get<ReviewDecisions>().DecideAsync(item.Id, ReviewDecisions.Different);

        Assert.Equal(Outcomes.Accepted, decided.Result.Outcome);
        Assert.NotEqual(hub.VictimId, decided.Result.ParticipantId);
        var stranger = (await hub.Get<ParticipantStore>().GetAsync(decided.Result.ParticipantId!))!.Participant;
        Assert.Null(stranger.NationalId); // the number names the stored person only (rule 1)
        Assert.Equal([TrustHub.AttackerPhoneE164], stranger.Phones);
        Assert.Equal(before.Person, (await hub.SnapshotAsync()).Person);
    }

    // The person as before, nothing queued for SPOT, no invitation but hers, and the follow-ups
    // write to her phone only.
    private static async Task AssertUntouchedAsync(TrustHub hub, StoreSnapshot before)
    {
        var after = await hub.SnapshotAsync();
        Assert.Equal(before.Person, after.Person);
        Assert.Equal(before.Outbox, after.Outbox);
        Assert.Equal(before.Invitations, after.Invitations);
        var recipients = await hub.MessageRecipientsAfterRemindersAsync();
        Assert.Equal(["To: +972502000001"], recipients.Distinct());
    }
}
