using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.IntegrationTests.FollowUps;

/// Generated SPOT data for the scheduler: people enrolled across 2016-2018 with jobs starting on
/// any day (month ends included), some ended, some exits, mobiles, landlines and e-mail
/// addresses in every mix; fixed seed so a failure reproduces.
internal static class FollowUpData
{
    private static readonly string[] FirstNames = ["דנה", "יוסי", "מרים", "אבי", "רחל", "Сергей", "סמיר", "נועה"];
    private static readonly string[] Centers = ["tlv", "ksb", "mod"];

    public static SpotParticipant Person(string id, DateOnly enrolled, string? phone = "050-1234567", string? email = null, string center = "tlv") => new()
    {
        ParticipantId = id,
        FirstName = "דנה",
        LastName = "כהן",
        EnrolledOn = enrolled,
        Phone = phone,
        Email = email,
        Center = center,
        Coordinator = $"{center}-coord@example.org",
    };

    public static SpotSnapshot Generated(int people, int seed = 20180101)
    {
        var random = new Random(seed);
        var origin = new DateOnly(2016, 1, 1);
        DateOnly[] monthEnds = [new(2017, 1, 31), new(2017, 8, 31), new(2018, 1, 31), new(2018, 3, 31), new(2018, 5, 31), new(2018, 10, 31)];
        var participants = new List<SpotParticipant>();
        var jobs = new List<SpotEpisode>();
        var activities = new List<SpotActivity>();
        for (var i = 0; i < people; i++)
        {
            var id = $"P{i:D5}";
            var enrolled = origin.AddDays(random.Next(0, 3 * 365));
            participants.Add(Person(id, enrolled,
                phone: random.Next(6) switch { 0 => "03-6123456", 1 => null, _ => $"052-{7000000 + i}" },
                email: random.Next(3) == 0 ? null : $"user{i}@example.org",
                center: Centers[i % Centers.Length]) with
            {
                FirstName = FirstNames[i % FirstNames.Length],
                ExitedOn = random.Next(5) == 0 ? enrolled.AddDays(random.Next(30, 900)) : null,
            });
            var start = enrolled;
            for (var j = 0; j < random.Next(0, 3); j++)
            {
                start = random.Next(4) == 0 ? monthEnds[random.Next(monthEnds.Length)] : start.AddDays(random.Next(0, 400));
                DateOnly? end = random.Next(3) == 0 ? start.AddDays(random.Next(0, 500)) : null;
                jobs.Add(new SpotEpisode { EpisodeId = $"E{i:D5}{j}", ParticipantId = id, StartDate = start, EndDate = end, Employer = "מעסיק" });
            }
            for (var j = 0; j < random.Next(0, 5); j++)
                activities.Add(new SpotActivity
                {
                    ActivityId = $"A{i:D5}{j}",
                    ParticipantId = id,
                    Date = enrolled.AddDays(random.Next(0, 900)),
                    Type = SpotCodes.ActivityTypes[random.Next(SpotCodes.ActivityTypes.Count)],
                });
        }
        return new SpotSnapshot(participants, jobs, activities);
    }
}
