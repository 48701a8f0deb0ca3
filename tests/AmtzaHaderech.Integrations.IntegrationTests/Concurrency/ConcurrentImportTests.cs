using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Concurrency;

/// Identity is claimed, not assumed: whatever imports at once (hub processes, instances, rows of
/// one file), the records the rules call one person end as one participant, exactly as when the
/// files come one after another (up to which of a person's records came first). Each race is run
/// several times (AMTZA_CONCURRENCY_ROUNDS), each round in a store of its own.
[Collection(StorageCollection.Name)]
public sealed class ConcurrentImportTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    // The case: two files naming the same 200 people under other referral numbers, each
    // imported by a hub process of its own (as two blob triggers on two instances would).
    [Fact]
    public async Task Import_TwoProcessesSamePeopleOtherReferrals_EachPersonOnceAsImportedOneAfterTheOther()
    {
        const int people = 200;
        var folder = Path.Combine(Path.GetTempPath(), $"amtza-concurrent-{Guid.NewGuid():N}");
        var first = await OverlappingFiles.WriteAsync(folder, 1, Enumerable.Range(1, people).Select(n => OverlappingFiles.Person(n, 700_000)));
        var second = await OverlappingFiles.WriteAsync(folder, 2, Enumerable.Range(1, people).Select(n => OverlappingFiles.Person(n, 710_000)));
        try
        {
            var sequentialPrefix = AzuriteFixture.NewPrefix();
            foreach (var file in new[] { first, second })
                Assert.Equal(0, (await ImportAsync(file, sequentialPrefix)).ExitCode);
            var sequential = await StoreSnapshot.ReadAsync(azurite, sequentialPrefix);
            Assert.Equal((people, people, people), (sequential.PeopleCount, sequential.Count(Outcomes.Accepted), sequential.Count(Outcomes.Merged)));

            for (var round = 1; round <= OverlappingFiles.Rounds(2); round++)
            {
                var prefix = AzuriteFixture.NewPrefix();
                var runs = await Task.WhenAll(ImportAsync(first, prefix), ImportAsync(second, prefix, "--parallel", "4"));
                Assert.All(runs, run => Assert.Equal(0, run.ExitCode));
                (await StoreSnapshot.ReadAsync(azurite, prefix)).AssertSameAs(sequential);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Three instances of the hub (hosts of their own over one store), each deciding four rows of
    // its file at once: people repeated across the files, a resend, people gaining a phone, and
    // spouses who share a landline but are other people.
    [Fact]
    public async Task Import_ThreeInstancesOverlappingFiles_SamePeopleAndOutcomesAsOneAfterTheOther()
    {
        var files = new[]
        {
            Enumerable.Range(1, 60).Select(n => OverlappingFiles.Person(n, 700_000)).Append(OverlappingFiles.Person(5, 700_000)).ToList(),
            Enumerable.Range(31, 60).Select(n => n < 40 ? OverlappingFiles.WithSecondMobile(n, 710_000) : OverlappingFiles.Person(n, 710_000)).ToList(),
            Enumerable.Range(1, 90).Where(n => n % 2 == 1).Select(n => OverlappingFiles.Person(n, 720_000))
                .Concat(Enumerable.Range(1, 9).Select(n => OverlappingFiles.Spouse(n * 10, 730_000))).ToList(),
        };
        var folder = Path.Combine(Path.GetTempPath(), $"amtza-concurrent-{Guid.NewGuid():N}");
        var paths = new List<string>();
        for (var i = 0; i < files.Length; i++) paths.Add(await OverlappingFiles.WriteAsync(folder, i + 1, files[i]));
        try
        {
            StoreSnapshot sequential;
            await using (var hub = await TestHub.StartAsync(azurite, Today))
            {
                foreach (var path in paths) await hub.Get<EmploymentServiceImporter>().ImportAsync(InboundFile.FromPath(path));
                sequential = await StoreSnapshot.ReadAsync(azurite, hub.Prefix);
            }
            Assert.Equal((99, 99), (sequential.PeopleCount, sequential.Count(Outcomes.Accepted))); // 90 people and 9 spouses

            for (var round = 1; round <= OverlappingFiles.Rounds(3); round++)
            {
                var prefix = AzuriteFixture.NewPrefix();
                var settings = new Dictionary<string, string?> { ["Hub:ImportParallelism"] = "4" };
                var hubs = await Task.WhenAll(paths.Select(_ => TestHub.StartAsync(azurite, Today, settings, prefix: prefix)));
                try
                {
                    await Task.WhenAll(hubs.Zip(paths).Select(h => Task.Run(() => h.First.Get<EmploymentServiceImporter>().ImportAsync(InboundFile.FromPath(h.Second)))));
                }
                finally
                {
                    foreach (var hub in hubs) await hub.DisposeAsync();
                }
                (await StoreSnapshot.ReadAsync(azurite, prefix)).AssertSameAs(sequential);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<CliRun> ImportAsync(string file, string prefix, params string[] options) =>
        AmtzaCli.RunAsync(["import", "employment-service", file, "--now", "2026-11-26", "--json", .. options], AmtzaCli.On(azurite, prefix));
}
