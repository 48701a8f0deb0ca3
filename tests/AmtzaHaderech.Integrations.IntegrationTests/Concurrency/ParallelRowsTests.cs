using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.IntegrationTests.Concurrency;

/// `amtza import --parallel N` decides N rows at once, and nobody can tell from what it leaves:
/// the same summary, records, counts and feedback file as the sequential run.
[Collection(StorageCollection.Name)]
public sealed class ParallelRowsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ImportEmploymentService_Parallel8_SameSummaryRecordsAndFeedbackFileAsSequential()
    {
        // Repeats of earlier rows (merged), a resend (duplicate), mistyped IDs (rejected), people
        // gaining a second mobile, and spouses sharing a landline (other people).
        var rows = Enumerable.Range(1, 120).Select(n => OverlappingFiles.Person(n, 700_000))
            .Concat(Enumerable.Range(1, 30).Select(n => n % 3 == 0 ? OverlappingFiles.WithSecondMobile(n, 710_000) : OverlappingFiles.Person(n, 710_000)))
            .Concat(Enumerable.Range(1, 12).Select(n => OverlappingFiles.Spouse(n * 10, 720_000)))
            .Concat(Enumerable.Range(1, 5).Select(n => OverlappingFiles.MistypedId(n, 730_000)))
            .Append(OverlappingFiles.Person(7, 700_000))
            .ToList();
        // Interleaved, so related rows are near each other and contend.
        var shuffled = rows.Select((row, i) => (row, i)).OrderBy(r => r.i % 7).ThenBy(r => r.i).Select(r => r.row);
        var folder = Path.Combine(Path.GetTempPath(), $"amtza-parallel-{Guid.NewGuid():N}");
        var file = await OverlappingFiles.WriteAsync(folder, 1, shuffled);
        try
        {
            var sequential = await ImportAndWriteFeedbackAsync(file, Path.Combine(folder, "sequential"));
            var parallel = await ImportAndWriteFeedbackAsync(file, Path.Combine(folder, "parallel"), "--parallel", "8");

            Assert.Equal(sequential.Import, parallel.Import);
            Assert.Contains("\"merged\": 30", sequential.Import);
            Assert.Equal(sequential.Feedback, parallel.Feedback);
            Assert.Equal(sequential.People, parallel.People);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ImportAsync_EightRowsAtOnce_ReportsProgressAsTheSequentialRun()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"amtza-parallel-{Guid.NewGuid():N}");
        var file = await OverlappingFiles.WriteAsync(folder, 1,
            Enumerable.Range(1, 40).Select(n => OverlappingFiles.Person(n, 700_000)).Concat(Enumerable.Range(1, 20).Select(n => OverlappingFiles.Person(n, 710_000))));
        try
        {
            var reports = new List<List<(int Done, int Total)>>();
            foreach (var parallelism in new[] { "1", "8" })
            {
                await using var hub = await TestHub.StartAsync(azurite, new DateOnly(2026, 11, 26), new() { ["Hub:ImportParallelism"] = parallelism });
                var seen = new List<(int, int)>();
                var result = await hub.Get<EmploymentServiceImporter>().ImportAsync(
                    InboundFile.FromPath(file), new InlineProgress(p => seen.Add((p.RowsDone, p.RowsTotal))));
                Assert.Equal((40, 20), (result.Counts["accepted"], result.Counts["merged"]));
                reports.Add(seen);
            }
            Assert.Equal(Enumerable.Range(1, 60).Select(n => (n, 60)), reports[0]);
            Assert.Equal(reports[0], reports[1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private async Task<(string Import, string Progress, string Feedback, IReadOnlyList<string> People)> ImportAndWriteFeedbackAsync(
        string file, string outFolder, params string[] options)
    {
        var prefix = AzuriteFixture.NewPrefix();
        var environment = AmtzaCli.On(azurite, prefix);
        var import = await AmtzaCli.RunAsync(["import", "employment-service", file, "--now", "2026-11-26", "--json", .. options], environment);
        Assert.Equal(0, import.ExitCode);
        var feedback = await AmtzaCli.RunAsync(["feedback", "employment-service", "--date", "2026-11-26", "--out", outFolder, "--now", "2026-11-26"], environment);
        Assert.Equal(0, feedback.ExitCode);
        var written = await File.ReadAllTextAsync(Directory.GetFiles(outFolder).Single());
        return (import.Stdout, import.Stderr, written, (await StoreSnapshot.ReadAsync(azurite, prefix)).People);
    }
}
