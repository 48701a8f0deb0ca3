using System.Diagnostics;
using AmtzaHaderech.Integrations.Reports.Metrics;
using AmtzaHaderech.Integrations.Spot.Export;
using Xunit.Abstractions;

namespace AmtzaHaderech.Integrations.Tests.Reports;

public sealed class MetricsPerformanceTests(ITestOutputHelper output)
{
    // The goal is about a second on a developer machine; the bound leaves room for a busy
    // shared CI core while still failing on anything quadratic (which would take minutes).
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Fact]
    public void Compute_HundredThousandParticipants_RunsWithinBound()
    {
        var data = Generate(100_000, seed: 7);
        string[] centers = ["tlv", "ksb", "mod"];
        ProgramMetrics.Compute(data, new DateOnly(2018, 11, 1), centers); // warm-up (JIT)

        var program = Stopwatch.StartNew();
        var report = ProgramMetrics.Compute(data, new DateOnly(2024, 11, 1), centers);
        program.Stop();
        var coordinators = Stopwatch.StartNew();
        var monthly = CoordinatorMetrics.Compute(data, new ReportMonth(2024, 10), centers);
        coordinators.Stop();

        output.WriteLine($"program {program.ElapsedMilliseconds} ms, coordinators {coordinators.ElapsedMilliseconds} ms");
        Assert.Equal(report.Centers[^1].Total, monthly.All.Total);
        Assert.True(program.Elapsed < Bound, $"program report took {program.Elapsed}");
        Assert.True(coordinators.Elapsed < Bound, $"coordinators' report took {coordinators.Elapsed}");
    }

    private static SpotExportSnapshot Generate(int count, int seed)
    {
        var random = new Random(seed);
        var origin = new DateOnly(2016, 1, 1);
        string[] centers = ["tlv", "ksb", "mod"];
        var participants = new List<SpotParticipant>(count);
        var episodes = new List<SpotEpisode>();
        var activities = new List<SpotActivity>();
        for (var i = 0; i < count; i++)
        {
            var id = $"P{i:D7}";
            var enrolled = origin.AddDays(random.Next(3000));
            var center = centers[random.Next(centers.Length)];
            participants.Add(new SpotParticipant
            {
                ParticipantId = id,
                FirstName = "First",
                LastName = "Last",
                BirthDate = new DateOnly(1950, 1, 1).AddDays(random.Next(9000)),
                Center = center,
                RecruitmentSource = "friend",
                EnrolledOn = enrolled,
                ExitedOn = random.Next(4) == 0 ? enrolled.AddDays(random.Next(700)) : null,
                Coordinator = $"{center}-coord-{random.Next(20)}@example.org",
            });
            for (var j = random.Next(3); j > 0; j--)
            {
                var start = enrolled.AddDays(random.Next(-200, 800));
                episodes.Add(new SpotEpisode
                {
                    EpisodeId = $"E{i:D7}-{j}", ParticipantId = id, StartDate = start,
                    EndDate = random.Next(2) == 0 ? null : start.AddDays(random.Next(900)),
                    ScopePercent = random.Next(1, 101), MonthlySalary = random.Next(3000, 20000), FoundVia = "self",
                });
            }
            for (var j = random.Next(12); j > 0; j--)
            {
                activities.Add(new SpotActivity
                {
                    ActivityId = $"A{i:D7}-{j}", ParticipantId = id, Date = enrolled.AddDays(random.Next(900)),
                    Type = SpotCodes.ActivityTypes[random.Next(SpotCodes.ActivityTypes.Count)],
                });
            }
        }
        return new SpotExportSnapshot(participants, episodes, activities);
    }
}
