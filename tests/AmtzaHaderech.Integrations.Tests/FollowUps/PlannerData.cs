using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Spot.Mirror;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.FollowUps;

/// Small SPOT snapshots for the planner, and a planner with the default rules.
internal static class PlannerData
{
    public static FollowUpPlanner Planner(FollowUpsOptions? options = null) =>
        new(QuietTimesFixture.Create(), Options.Create(options ?? new FollowUpsOptions()));

    public static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static SpotParticipant Person(string id, string enrolled, string? exited = null,
        string? phone = "050-1234567", string? email = null, string? coordinator = "coord@example.org") => new()
        {
            ParticipantId = id,
            EnrolledOn = Day(enrolled),
            ExitedOn = exited is null ? null : Day(exited),
            Phone = phone,
            Email = email,
            Coordinator = coordinator,
        };

    public static SpotEpisode Job(string id, string participantId, string start, string? end = null) => new()
    {
        EpisodeId = id,
        ParticipantId = participantId,
        StartDate = Day(start),
        EndDate = end is null ? null : Day(end),
    };

    public static SpotActivity Activity(string id, string participantId, string date, string type) => new()
    {
        ActivityId = id,
        ParticipantId = participantId,
        Date = Day(date),
        Type = type,
    };

    public static SpotSnapshot Snapshot(IReadOnlyList<SpotParticipant> people,
        IReadOnlyList<SpotEpisode>? jobs = null, IReadOnlyList<SpotActivity>? activities = null) =>
        new(people, jobs ?? [], activities ?? []);

    /// Several hundred participants enrolled across 2016-2019 with jobs starting on any day,
    /// month ends included, some ended, some exits; fixed seed so failures reproduce.
    public static SpotSnapshot Generated(int seed = 20181101)
    {
        var random = new Random(seed);
        var origin = new DateOnly(2016, 1, 1);
        DateOnly[] monthEnds = [new(2017, 1, 31), new(2017, 8, 31), new(2018, 1, 31), new(2018, 3, 31), new(2018, 5, 31), new(2018, 10, 31), new(2019, 1, 31)];
        var people = new List<SpotParticipant>();
        var jobs = new List<SpotEpisode>();
        var activities = new List<SpotActivity>();
        for (var i = 0; i < 400; i++)
        {
            var id = $"P{i:D5}";
            var enrolled = origin.AddDays(random.Next(0, 3 * 365));
            DateOnly? exited = random.Next(4) == 0 ? enrolled.AddDays(random.Next(30, 900)) : null;
            people.Add(new SpotParticipant
            {
                ParticipantId = id,
                EnrolledOn = enrolled,
                ExitedOn = exited,
                Phone = random.Next(5) == 0 ? "03-6123456" : "052-7654321",
                Email = random.Next(3) == 0 ? null : $"user{i}@example.org",
            });
            var start = enrolled;
            for (var j = 0; j < random.Next(0, 3); j++)
            {
                start = random.Next(4) == 0 ? monthEnds[random.Next(monthEnds.Length)] : start.AddDays(random.Next(-30, 400));
                DateOnly? end = random.Next(3) == 0 ? start.AddDays(random.Next(0, 500)) : null;
                jobs.Add(new SpotEpisode { EpisodeId = $"E{i:D5}{j}", ParticipantId = id, StartDate = start, EndDate = end });
            }
            for (var j = 0; j < random.Next(0, 6); j++)
                activities.Add(new SpotActivity
                {
                    ActivityId = $"A{i:D5}{j}",
                    ParticipantId = id,
                    Date = enrolled.AddDays(random.Next(0, 900)),
                    Type = SpotCodes.ActivityTypes[random.Next(SpotCodes.ActivityTypes.Count)],
                });
        }
        return new SpotSnapshot(people, jobs, activities);
    }
}
