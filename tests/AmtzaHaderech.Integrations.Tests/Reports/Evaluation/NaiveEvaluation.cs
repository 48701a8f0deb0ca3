using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Spot.Mirror;
using static AmtzaHaderech.Integrations.Tests.Reports.NaiveProgramMetrics;

namespace AmtzaHaderech.Integrations.Tests.Reports.Evaluation;

/// docs/evaluation.md transcribed as literally as possible, sharing no code with the library: every
/// comparison pool is a scan of every participant (quadratic on purpose), dates are converted
/// with TimeZoneInfo directly, titles are tidied with a regular expression, medians by sorting.
/// The oracle the tests compare EvaluationMetrics with.
internal static partial class NaiveEvaluation
{
    private static readonly string[] Sources = ["employment_service", "friend", "employment_center", "social_media", "municipal", "other"];
    private static readonly string[] InboundChannels = ["employment_service", "municipal", "facebook", "intake"];
    private static readonly TimeZoneInfo Israel = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jerusalem");

    private sealed record Attendance(SpotParticipant Participant, DateOnly Date, string Workshop);

    public static JsonObject Compute(SpotSnapshot data, DateOnly d, FunnelInputs funnel, DateOnly from, DateOnly to)
    {
        var enrolled = data.Participants.Where(p => p.EnrolledOn != null && p.EnrolledOn.Value <= d).ToList();
        var episodes = data.Episodes.ToLookup(e => e.ParticipantId);
        List<SpotEpisode> Placements(SpotParticipant p) => p.EnrolledOn == null || p.EnrolledOn.Value > d
            ? []
            : [.. episodes[p.ParticipantId].Where(e => e.StartDate != null && p.EnrolledOn.Value <= e.StartDate.Value && e.StartDate.Value <= d)];
        SpotEpisode? First(SpotParticipant p) =>
            Placements(p).OrderBy(e => e.StartDate!.Value).ThenBy(e => e.EpisodeId, StringComparer.Ordinal).FirstOrDefault();
        bool Covers(SpotEpisode e, DateOnly x) => e.StartDate!.Value <= x && (e.EndDate == null || e.EndDate.Value >= x);
        bool Working(SpotParticipant p, DateOnly x) => Placements(p).Any(e => Covers(e, x));

        return new JsonObject
        {
            ["asOf"] = Text(d),
            ["channels"] = Channels(enrolled, d, Placements, First, Covers),
            ["workshops"] = Workshops(data, enrolled, d, Placements, Working),
            ["funnel"] = Funnel(data, d, funnel, from, to, Placements),
        };
    }

    private static JsonArray Channels(List<SpotParticipant> enrolled, DateOnly d, Func<SpotParticipant, List<SpotEpisode>> placements,
        Func<SpotParticipant, SpotEpisode?> first, Func<SpotEpisode, DateOnly, bool> covers)
    {
        var rows = new JsonArray();
        foreach (var source in Sources.Append("unknown").Append("all"))
        {
            var members = enrolled.Where(p => source == "all" || (source == "unknown"
                ? p.RecruitmentSource == null || !Sources.Contains(p.RecruitmentSource)
                : p.RecruitmentSource == source)).ToList();
            var placed = members.Where(p => first(p) != null).ToList();
            var cohort6 = members.Where(p => AddMonths(p.EnrolledOn!.Value, 6) <= d).ToList();
            var placed6 = cohort6.Count(p => first(p) != null && first(p)!.StartDate!.Value <= AddMonths(p.EnrolledOn!.Value, 6));
            var dropouts = members.Count(p => p.ExitedOn != null && p.ExitedOn.Value <= d && p.ExitReason == "non_cooperation");
            var n12 = placed.Where(p => AddMonths(first(p)!.StartDate!.Value, 12) <= d).ToList();
            var employed12 = n12.Count(p => placements(p).Any(e => covers(e, AddMonths(first(p)!.StartDate!.Value, 12))));
            rows.Add(new JsonObject
            {
                ["source"] = source,
                ["enrolled"] = members.Count,
                ["active"] = members.Count(p => p.ExitedOn == null || p.ExitedOn.Value > d),
                ["placed"] = placed.Count,
                ["placementRate"] = Divide(placed.Count, members.Count),
                ["cohort6"] = cohort6.Count,
                ["placed6"] = placed6,
                ["placed6Rate"] = Divide(placed6, cohort6.Count),
                ["medianMonthsToPlacement"] = Median(placed.Select(p => (double)Months(p.EnrolledOn!.Value, first(p)!.StartDate!.Value)).ToList()),
                ["dropouts"] = dropouts,
                ["dropoutRate"] = Divide(dropouts, members.Count),
                ["n12"] = n12.Count,
                ["employed12"] = employed12,
                ["employed12Rate"] = Divide(employed12, n12.Count),
            });
        }
        return rows;
    }

    private static JsonArray Workshops(SpotSnapshot data, List<SpotParticipant> enrolled, DateOnly d,
        Func<SpotParticipant, List<SpotEpisode>> placements, Func<SpotParticipant, DateOnly, bool> working)
    {
        var byId = enrolled.ToDictionary(p => p.ParticipantId);
        var attendances = data.Activities
            .Where(a => a.Type == "workshop" && a.Date != null && byId.ContainsKey(a.ParticipantId))
            .Select(a => new Attendance(byId[a.ParticipantId], a.Date!.Value, WorkshopName(a.Title)))
            .Where(a => a.Participant.EnrolledOn!.Value <= a.Date && a.Date <= d)
            .ToList();

        var rows = new JsonArray();
        foreach (var workshop in attendances.Select(a => a.Workshop).Distinct().OrderBy(w => w, StringComparer.Ordinal))
        {
            var of = attendances.Where(a => a.Workshop == workshop).ToList();
            var firstAttendance = of.GroupBy(a => a.Participant.ParticipantId).ToDictionary(g => g.Key, g => g.Min(a => a.Date));
            var attendees = of.Select(a => a.Participant).DistinctBy(p => p.ParticipantId).ToList();
            var cohort = attendees.Where(p => AddMonths(firstAttendance[p.ParticipantId], 6) <= d && !working(p, firstAttendance[p.ParticipantId])).ToList();
            bool PlacedWithinSix(SpotParticipant p, DateOnly a) =>
                placements(p).Any(e => e.StartDate!.Value > a && e.StartDate.Value <= AddMonths(a, 6));
            var placed6 = cohort.Count(p => PlacedWithinSix(p, firstAttendance[p.ParticipantId]));

            var shares = new List<double>();
            foreach (var p in cohort)
            {
                var a = firstAttendance[p.ParticipantId];
                var horizon = AddMonths(a, 6);
                var pool = enrolled.Where(q => q.Center == p.Center && q.ParticipantId != p.ParticipantId
                    && q.EnrolledOn!.Value <= a && (q.ExitedOn == null || q.ExitedOn.Value >= a) && !working(q, a)
                    && !(firstAttendance.TryGetValue(q.ParticipantId, out var theirs) && theirs <= horizon)).ToList();
                if (pool.Count > 0) shares.Add((double)pool.Count(q => PlacedWithinSix(q, a)) / pool.Count);
            }
            var rate = Divide(placed6, cohort.Count);
            double? comparison = shares.Count == 0 ? null : shares.Sum() / shares.Count;
            rows.Add(new JsonObject
            {
                ["workshop"] = workshop,
                ["attendances"] = of.Count,
                ["sessions"] = of.Select(x => x.Date).Distinct().Count(),
                ["participants"] = attendees.Count,
                ["cohort"] = cohort.Count,
                ["placed6"] = placed6,
                ["placed6Rate"] = rate,
                ["comparisonRate6"] = comparison,
                ["difference"] = rate == null || comparison == null ? null : rate - comparison,
            });
        }
        return rows;
    }

    private static JsonObject Funnel(SpotSnapshot data, DateOnly d, FunnelInputs funnel, DateOnly from, DateOnly to,
        Func<SpotParticipant, List<SpotEpisode>> placements)
    {
        var inWindow = funnel.Records.Where(r => DayInIsrael(r.ReceivedAt) >= from && DayInIsrael(r.ReceivedAt) <= to).ToList();
        var decided = inWindow.Where(r => (r.Outcome == "accepted" || r.Outcome == "merged") && r.PersonId != null).ToList();
        var firstRecords = decided.Select(r => r.PersonId!).Distinct()
            .Select(person => decided.Where(r => r.PersonId == person)
                .OrderBy(r => r.ReceivedAt).ThenBy(r => r.LedgerId, StringComparer.Ordinal).First())
            .ToList();

        var rows = new JsonArray();
        foreach (var channel in InboundChannels.Append("all"))
        {
            var records = inWindow.Where(r => channel == "all" || r.Channel == channel).ToList();
            var people = firstRecords.Where(r => channel == "all" || r.Channel == channel).ToList();
            bool InvitedAfter(ReferralRecord first, bool confirmed) => funnel.Invitations.Any(i => i.PersonId == first.PersonId
                && i.ConferenceOn > DayInIsrael(first.ReceivedAt) && (!confirmed || i.Coming == true));
            SpotParticipant? Linked(ReferralRecord first) => funnel.SpotIdByPerson.TryGetValue(first.PersonId!, out var spotId)
                ? data.Participants.FirstOrDefault(p => p.ParticipantId == spotId)
                : null;
            bool Enrolled(ReferralRecord first) => Linked(first) is { EnrolledOn: { } on } && on >= DayInIsrael(first.ReceivedAt) && on <= d;

            var eligible = people.Count(r => r.Screening == "eligible");
            var invited = people.Where(r => InvitedAfter(r, confirmed: false)).ToList();
            var confirmedCount = invited.Count(r => InvitedAfter(r, confirmed: true));
            var enrolledPeople = people.Where(Enrolled).ToList();
            var placed = enrolledPeople.Count(r => placements(Linked(r)!).Count > 0);
            rows.Add(new JsonObject
            {
                ["channel"] = channel,
                ["records"] = records.Count,
                ["rejected"] = records.Count(r => r.Outcome == "rejected"),
                ["duplicate"] = records.Count(r => r.Outcome == "duplicate"),
                ["review"] = records.Count(r => r.Outcome == "review"),
                ["noConsent"] = records.Count(r => r.Outcome == "no_consent"),
                ["people"] = people.Count,
                ["eligible"] = eligible,
                ["eligibleRate"] = Divide(eligible, people.Count),
                ["routingCall"] = people.Count(r => r.Screening == "routing_call"),
                ["notEligible"] = people.Count(r => r.Screening == "not_eligible"),
                ["invited"] = invited.Count,
                ["invitedRate"] = Divide(invited.Count, eligible),
                ["confirmed"] = confirmedCount,
                ["confirmedRate"] = Divide(confirmedCount, invited.Count),
                ["enrolled"] = enrolledPeople.Count,
                ["enrolledRate"] = Divide(enrolledPeople.Count, confirmedCount),
                ["placed"] = placed,
                ["placedRate"] = Divide(placed, enrolledPeople.Count),
                ["medianDaysToEnrolment"] = Median(enrolledPeople
                    .Select(r => (double)(Linked(r)!.EnrolledOn!.Value.DayNumber - DayInIsrael(r.ReceivedAt).DayNumber)).ToList()),
            });
        }
        return new JsonObject { ["from"] = Text(from), ["to"] = Text(to), ["channels"] = rows };
    }

    private static string WorkshopName(string? title)
    {
        var name = Spaces().Replace(title ?? "", " ").Trim();
        return name.Length == 0 ? "(untitled)" : name;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static DateOnly DayInIsrael(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Israel).DateTime);

    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double? Divide(int a, int b) => b == 0 ? null : (double)a / b;

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
