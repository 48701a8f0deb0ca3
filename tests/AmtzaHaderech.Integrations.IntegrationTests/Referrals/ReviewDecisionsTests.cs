using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Referrals;

/// A probable duplicate waits for a person, who settles it for good.
[Collection(StorageCollection.Name)]
public sealed class ReviewDecisionsTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    // Same phone as the Employment Service's person, another name, no ID: matching rule 4.
    private static InboundRecord Lead(string key, string firstName, string lastName) =>
        Leads.Facebook(key, firstName, lastName, "+972502000001", Today);

    private static async Task<(TestHub Hub, string ExistingId)> HubWithOnePersonAsync(AzuriteFixture azurite)
    {
        var hub = await TestHub.StartAsync(azurite, Today);
        var bytes = new EsFileBuilder().Add(EsFileBuilder.Row(1)).Build();
        var imported = await hub.Get<EmploymentServiceImporter>().ImportAsync(new InboundFile("es-referrals_4521_20261123_01.csv", bytes.Length, () => new MemoryStream(bytes)));
        return (hub, imported.Records[0].ParticipantId!);
    }

    [Fact]
    public async Task Decide_Same_MergesIntoThePersonAndTheNextSimilarRecordMergesWithoutAsking()
    {
        var (hub, existingId) = await HubWithOnePersonAsync(azurite);
        await using var _ = hub;
        var pipeline = hub.Get<ReferralPipeline>();
        var review = await pipeline.ProcessAsync(Lead("1001", "Dana", "Cohen"), "r1");
        Assert.Equal((Outcomes.Review, "rule4"), (review.Outcome, review.Reason));
        var item = Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());

        var decided = await hub.Get<ReviewDecisions>().DecideAsync(item.Id, ReviewDecisions.Same);

        Assert.Equal(Outcomes.Merged, decided.Result.Outcome);
        Assert.Equal(existingId, decided.Result.ParticipantId);
        Assert.Empty(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());
        var person = (await hub.Get<ParticipantStore>().GetAsync(existingId))!.Participant;
        Assert.Contains(new PersonName("Dana", "Cohen"), person.AlternativeNames);
        var again = await pipeline.ProcessAsync(Lead("1002", "Dana", "Cohen"), "r2");
        Assert.Equal((Outcomes.Merged, existingId), (again.Outcome, again.ParticipantId));
        await Assert.ThrowsAsync<InvalidOperationException>(() => hub.Get<ReviewDecisions>().DecideAsync(item.Id, ReviewDecisions.Different));
    }

    [Fact]
    public async Task Decide_Different_CreatesANewPersonOnce()
    {
        var (hub, existingId) = await HubWithOnePersonAsync(azurite);
        await using var _ = hub;
        await hub.Get<ReferralPipeline>().ProcessAsync(Lead("2001", "Moshe", "Levi"), "r1");
        var item = Assert.Single(await hub.Get<ReviewQueue>().OpenItemsAsync().ToListAsync());

        var decided = await hub.Get<ReviewDecisions>().DecideAsync(item.Id, ReviewDecisions.Different);

        Assert.Equal(Outcomes.Accepted, decided.Result.Outcome);
        Assert.NotEqual(existingId, decided.Result.ParticipantId);
        var duplicate = await hub.Get<ReferralPipeline>().ProcessAsync(Lead("2001", "Moshe", "Levi"), "r2");
        Assert.Equal((Outcomes.Duplicate, decided.Result.ParticipantId), (duplicate.Outcome, duplicate.ParticipantId));
    }

    [Fact]
    public async Task ReviewList_Cli_ShowsIncomingBesideExisting()
    {
        var prefix = AzuriteFixture.NewPrefix();
        var environment = AmtzaCli.On(azurite, prefix);
        var path = Path.Combine(Path.GetTempPath(), $"es-referrals_4521_20261123_{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, new EsFileBuilder().Add(EsFileBuilder.Row(1)).Build());
        await AmtzaCli.RunAsync(["import", "employment-service", path], environment);
        await using (var hub = await TestHub.StartAsync(azurite, Today, new() { ["Hub:StorageNamePrefix"] = prefix }))
            await hub.Get<ReferralPipeline>().ProcessAsync(Lead("3001", "Dana", "Cohen"), "r1");

        var list = await AmtzaCli.RunAsync(["review", "list", "--json"], environment);

        var item = Assert.Single(list.Json.GetProperty("items").EnumerateArray());
        Assert.Equal("Dana", item.GetProperty("incoming").GetProperty("firstName").GetString());
        Assert.Equal("דנה", item.GetProperty("existing").GetProperty("firstName").GetString());
        Assert.Equal("rule4", item.GetProperty("rule").GetString());
        var decide = await AmtzaCli.RunAsync(["review", "decide", item.GetProperty("id").GetString()!, "same", "--json"], environment);
        Assert.Equal(0, decide.ExitCode);
        File.Delete(path);
    }
}
