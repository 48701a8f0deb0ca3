using System.Text.Json.Nodes;
using AmtzaHaderech.Integrations.Spot.Mirror;

namespace AmtzaHaderech.Integrations.Tests.Reports;

/// docs/metrics.md transcribed as literally as possible, sharing no code with the library (its own
/// date arithmetic, its own statistics, whole scans instead of indexes): the oracle the
/// property test compares ProgramMetrics with.
internal static class NaiveProgramMetrics
{
    private static readonly string[] Sources = ["employment_service", "friend", "employment_center", "social_media", "municipal", "other"];

    public static JsonObject Compute(SpotSnapshot data, DateOnly d, IReadOnlyList<string> configured)
    {
        var enrolled = data.Participants.Where(p => p.EnrolledOn != null && p.EnrolledOn.Value <= d).ToList();
        bool Active(SpotParticipant p) => p.ExitedOn == null || p.ExitedOn.Value > d;
        List<SpotEpisode> Placements(SpotParticipant p) => data.Episodes
            .Where(e => e.ParticipantId == p.ParticipantId && e.StartDate != null
                && p.EnrolledOn!.Value <= e.StartDate.Value && e.StartDate.Value <= d)
            .ToList();
        SpotEpisode? First(SpotParticipant p) => Placements(p)
            .OrderBy(e => e.StartDate!.Value).ThenBy(e => e.EpisodeId, StringComparer.Ordinal).FirstOrDefault();
        bool Covers(SpotEpisode e, DateOnly x) => e.StartDate!.Value <= x && (e.EndDate == null || e.EndDate.Value >= x);
        int AgeOf(SpotParticipant p) => Age(p.BirthDate!.Value, d);

        var unknownCenters = enrolled.Select(p => p.Center).Where(c => c != null && !configured.Contains(c)).Distinct()
            .OrderBy(c => c, StringComparer.Ordinal).Select(c => c!);
        var centers = configured.Concat(unknownCenters).ToList();
        List<SpotParticipant> Members(string center) =>
            center == "all" ? enrolled : enrolled.Where(p => p.Center == center).ToList();

        var centersJson = new JsonArray();
        var ageBandsJson = new JsonObject();
        foreach (var center in centers.Append("all"))
        {
            var members = Members(center);
            var placed = members.Count(p => First(p) != null);
            var activeWithBirth = members.Where(p => Active(p) && p.BirthDate != null).ToList();
            centersJson.Add(new JsonObject
            {
                ["center"] = center,
                ["total"] = members.Count,
                ["active"] = members.Count(Active),
                ["placed"] = placed,
                ["placementRate"] = Divide(placed, members.Count),
                ["meanAge"] = activeWithBirth.Count == 0 ? null : activeWithBirth.Sum(p => (double)AgeOf(p)) / activeWithBirth.Count,
            });
            (string Band, Func<int, bool> In)[] bands =
            [
                ("<=44", a => a <= 44), ("45-49", a => a >= 45 && a <= 49), ("50-54", a => a >= 50 && a <= 54),
                ("55-59", a => a >= 55 && a <= 59), ("60-64", a => a >= 60 && a <= 64), ("65-69", a => a >= 65 && a <= 69),
                ("70-74", a => a >= 70 && a <= 74), (">=75", a => a >= 75),
            ];
            ageBandsJson[center] = new JsonArray([.. bands.Select(b => Band(b.Band, activeWithBirth.Count(p => b.In(AgeOf(p))), activeWithBirth.Count))]);
        }

        var placedPeople = enrolled.Where(p => First(p) != null).ToList();
        (string Band, int Min, int Max)[] timeBands =
            [("0-3", int.MinValue, 3), ("4-6", 4, 6), ("7-9", 7, 9), ("10-12", 10, 12), ("13-18", 13, 18), ("19-24", 19, 24), (">24", 25, int.MaxValue)];
        var timeToFirst = new JsonArray([.. timeBands.Select(b => Band(b.Band,
            placedPeople.Count(p => Months(p.EnrolledOn!.Value, First(p)!.StartDate!.Value) is var m && m >= b.Min && m <= b.Max),
            placedPeople.Count))]);

        var persistence = new JsonArray();
        foreach (var k in new[] { 6, 12, 15, 24 })
        {
            var population = placedPeople.Where(p => AddMonths(First(p)!.StartDate!.Value, k) <= d).ToList();
            persistence.Add(new JsonObject
            {
                ["months"] = k,
                ["n"] = population.Count,
                ["sameJob"] = population.Count(p => Covers(First(p)!, AddMonths(First(p)!.StartDate!.Value, k))),
                ["employed"] = population.Count(p => Placements(p).Any(e => Covers(e, AddMonths(First(p)!.StartDate!.Value, k)))),
            });
        }

        var tenure = new JsonArray();
        foreach (var k in new[] { 3, 6, 9, 12, 18, 24 })
        {
            var cohort = enrolled.Where(p => AddMonths(p.EnrolledOn!.Value, k) <= d).ToList();
            tenure.Add(new JsonObject
            {
                ["months"] = k,
                ["cohort"] = cohort.Count,
                ["placed"] = cohort.Count(p => First(p) is { } f && f.StartDate!.Value <= AddMonths(p.EnrolledOn!.Value, k)),
            });
        }

        var allPlacements = enrolled.SelectMany(Placements).ToList();
        var coveringD = allPlacements.Where(e => Covers(e, d)).ToList();

        var ageGroups = new JsonArray();
        foreach (var (name, inGroup) in new (string, Func<int, bool>)[] { ("<=60", a => a <= 60), (">60", a => a > 60) })
        {
            var members = enrolled.Where(p => p.BirthDate != null && inGroup(AgeOf(p))).ToList();
            var episodes = members.SelectMany(Placements).Where(e => Covers(e, d)).ToList();
            var meanScope = Mean(episodes.Where(e => e.ScopePercent != null).Select(e => (double)e.ScopePercent!.Value).ToList());
            var meanSalary = Mean(episodes.Where(e => e.MonthlySalary != null).Select(e => (double)e.MonthlySalary!.Value).ToList());
            ageGroups.Add(new JsonObject
            {
                ["group"] = name,
                ["n"] = members.Count,
                ["working"] = members.Count(p => Placements(p).Any(e => Covers(e, d))),
                ["meanScope"] = meanScope,
                ["meanSalary"] = meanSalary,
                ["salaryPerFullPosition"] = meanScope == null || meanSalary == null ? null : meanSalary / (meanScope / 100),
            });
        }

        return new JsonObject
        {
            ["asOf"] = d.ToString("yyyy-MM-dd"),
            ["centers"] = centersJson,
            ["ageBands"] = ageBandsJson,
            ["timeToFirstPlacement"] = timeToFirst,
            ["persistence"] = persistence,
            ["placedByTenure"] = tenure,
            ["foundVia"] = new JsonObject
            {
                ["self"] = allPlacements.Count(e => e.FoundVia == "self"),
                ["program"] = allPlacements.Count(e => e.FoundVia == "program"),
                ["unknown"] = allPlacements.Count(e => e.FoundVia != "self" && e.FoundVia != "program"),
            },
            ["employment"] = new JsonObject
            {
                ["salary"] = Stats(coveringD.Where(e => e.MonthlySalary != null).Select(e => (double)e.MonthlySalary!.Value).ToList()),
                ["scope"] = Stats(coveringD.Where(e => e.ScopePercent != null).Select(e => (double)e.ScopePercent!.Value).ToList()),
            },
            ["ageGroups"] = ageGroups,
            ["recruitmentSources"] = new JsonArray(
            [
                .. Sources.Select(s => new JsonObject { ["source"] = s, ["count"] = enrolled.Count(p => p.RecruitmentSource == s) }),
                new JsonObject { ["source"] = "unknown", ["count"] = enrolled.Count(p => p.RecruitmentSource == null || !Sources.Contains(p.RecruitmentSource)) },
            ]),
        };
    }

    private static JsonObject Band(string band, int count, int of) =>
        new() { ["band"] = band, ["count"] = count, ["share"] = Divide(count, of) };

    private static double? Divide(int a, int b) => b == 0 ? null : (double)a / b;

    private static double? Mean(List<double> values) => values.Count == 0 ? null : values.Sum() / values.Count;

    private static JsonObject Stats(List<double> values)
    {
        var mean = Mean(values);
        double? sd = values.Count < 2 ? null : Math.Sqrt(values.Sum(v => (v - mean!.Value) * (v - mean.Value)) / (values.Count - 1));
        return new JsonObject { ["n"] = values.Count, ["mean"] = mean, ["sd"] = sd };
    }

    // Date arithmetic of docs/metrics.md, written out again on purpose.
    internal static DateOnly AddMonths(DateOnly date, int k)
    {
        var monthIndex = date.Year * 12 + (date.Month - 1) + k;
        var year = monthIndex / 12;
        var month = monthIndex % 12 + 1;
        return new DateOnly(year, month, Math.Min(date.Day, LastDay(year, month)));
    }

    private static int LastDay(int year, int month)
    {
        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int[] lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return lengths[month - 1];
    }

    internal static int Months(DateOnly a, DateOnly b) =>
        (b.Year - a.Year) * 12 + (b.Month - a.Month) - (b.Day < a.Day ? 1 : 0);

    private static int Age(DateOnly birth, DateOnly at) =>
        at.Year - birth.Year - (at.Month < birth.Month || (at.Month == birth.Month && at.Day < birth.Day) ? 1 : 0);
}
