using System.Globalization;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.TestData;

/// A program's SPOT history at any size, shaped like the bundled sample: three centers with
/// three coordinators each, enrolments over seven years, about half placed (some jobs before
/// enrolment, some still open), a few exits, and contacts of every type. Workshops carry titles
/// as staff type them (stray spaces, none at all, one that looks like a formula); some activities
/// predate the enrolment, and leads have some too. The same seed gives the same data.
public static class SpotDataGenerator
{
    private static readonly string[] Centers = ["tlv", "ksb", "mod"];
    private static readonly string[] FirstNames = ["דנה", "יוסי", "מיכל", "אבי", "רחל", "משה", "שרה", "דוד", "Anna", "Сергей", "ליאת", "חיים"];
    private static readonly string[] LastNames = ["כהן", "לוי", "מזרחי", "פרידמן", "אברהם", "גולדברג", "Smith", "Иванов", "ביטון", "דהן", "אוחיון"];
    private static readonly DateOnly FirstEnrolment = new(2012, 1, 1);

    private static readonly string?[] WorkshopTitles =
    [
        "חזרה לעולם העבודה", " חזרה לעולם  העבודה ", "קורות חיים", "כתיבת\tקורות חיים", "ראיון עבודה", "LinkedIn למתקדמים",
        "=HYPERLINK(\"x\")", "", null,
    ];

    /// `maxActivities`: each participant gets 0 to that many activities (on average half).
    public static SpotSnapshot Generate(int participants, int seed, int maxActivities = 7)
    {
        var random = new Random(seed);
        var people = new List<SpotParticipant>(participants);
        var episodes = new List<SpotEpisode>(participants);
        var activities = new List<SpotActivity>(participants * 4);
        for (var i = 0; i < participants; i++)
        {
            var id = "P" + (700_000_000 + i).ToString(CultureInfo.InvariantCulture);
            var center = Centers[random.Next(Centers.Length)];
            var enrolled = FirstEnrolment.AddDays(random.Next(0, 7 * 365));
            int? exitAfter = random.Next(10) < 2 ? random.Next(30, 900) : null;
            people.Add(new SpotParticipant
            {
                ParticipantId = id,
                FirstName = FirstNames[random.Next(FirstNames.Length)],
                LastName = LastNames[random.Next(LastNames.Length)],
                BirthDate = random.Next(20) == 0 ? null : new DateOnly(1943, 1, 1).AddDays(random.Next(0, 30 * 365)),
                Phone = "+9725" + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture),
                Center = center,
                Coordinator = $"{center}-coord-{random.Next(3) + 1}@example.org",
                RecruitmentSource = random.Next(12) == 0 ? null : SpotCodes.RecruitmentSources[random.Next(SpotCodes.RecruitmentSources.Count)],
                EnrolledOn = random.Next(25) == 0 ? null : enrolled,
                ExitedOn = exitAfter is { } days ? enrolled.AddDays(days) : null,
            });

            var start = enrolled.AddDays(random.Next(-200, 700));
            for (var j = 0; j < (random.Next(10) < 6 ? random.Next(1, 4) : 0); j++)
            {
                DateOnly? end = random.Next(3) == 0 ? null : start.AddDays(random.Next(20, 800));
                episodes.Add(new SpotEpisode
                {
                    EpisodeId = $"E{i}-{j}",
                    ParticipantId = id,
                    StartDate = start,
                    EndDate = end,
                    ScopePercent = random.Next(5) == 0 ? null : random.Next(20, 101),
                    MonthlySalary = random.Next(3) == 0 ? null : random.Next(5_000, 20_000),
                    FoundVia = random.Next(10) switch { < 6 => SpotCodes.FoundViaSelf, < 9 => SpotCodes.FoundViaProgram, _ => null },
                });
                start = (end ?? start).AddDays(random.Next(10, 200));
            }

            for (var k = random.Next(0, maxActivities + 1); k > 0; k--)
            {
                var type = SpotCodes.ActivityTypes[random.Next(SpotCodes.ActivityTypes.Count)];
                activities.Add(new SpotActivity
                {
                    ActivityId = $"A{i}-{k}",
                    ParticipantId = id,
                    Date = enrolled.AddDays(random.Next(-60, 900)),
                    Type = type,
                    Title = type == SpotCodes.Workshop ? WorkshopTitles[random.Next(WorkshopTitles.Length)] : null,
                });
            }
        }
        return new SpotSnapshot(people, episodes, activities);
    }
}
