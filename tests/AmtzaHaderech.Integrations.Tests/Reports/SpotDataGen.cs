using AmtzaHaderech.Integrations.Spot.Mirror;
using CsCheck;

namespace AmtzaHaderech.Integrations.Tests.Reports;

/// Generated SPOT data that exercises the corners of docs/metrics.md and docs/evaluation.md: month-end
/// dates (Jan 31, Feb 28/29, 30-day months) for enrolments, first placements, attendances and
/// the as-of date, ties in first placement whose episode ids sort differently as text and as
/// numbers, jobs before enrolment, open-ended jobs, leads, people without a center, birth date
/// or known source; workshops with titles typed with stray spaces or none, attended before
/// enrolment, after D, by leads, on a day the person works.
internal static class SpotDataGen
{
    private static readonly DateOnly Origin = new(2014, 1, 1);

    private static readonly DateOnly[] MonthEnds =
    [
        new(2016, 1, 31), new(2016, 2, 29), new(2016, 3, 31), new(2016, 8, 31), new(2017, 1, 31), new(2017, 2, 28),
        new(2017, 5, 31), new(2018, 1, 31), new(2018, 2, 28), new(2018, 10, 31), new(2019, 1, 31), new(2019, 2, 28),
        new(2019, 12, 31), new(2020, 1, 31), new(2020, 2, 29), new(2020, 4, 30),
    ];

    public static readonly Gen<DateOnly> Day = Gen.Frequency(
        (3, Gen.Int[0, 7 * 365].Select(i => Origin.AddDays(i))),
        (2, Gen.OneOf(MonthEnds)));

    private static readonly Gen<DateOnly?> MaybeDay = Gen.Frequency(
        (5, Day.Select(d => (DateOnly?)d)),
        (1, Gen.Const((DateOnly?)null)));

    private static readonly Gen<string?> Center = Gen.OneOf<string?>("tlv", "ksb", "mod", "aaa", "zz", null);

    private static readonly Gen<string?> Source = Gen.OneOf<string?>(
        "employment_service", "friend", "employment_center", "social_media", "municipal", "other", "radio", null);

    private static readonly Gen<string?> FoundVia = Gen.OneOf<string?>("self", "program", "agency", null);

    private sealed record EpisodeSpec(
        int StartOffset, bool TieWithPrevious, bool AtMonthEnd, int? Length, int? Scope, decimal? Salary, string? FoundVia, int IdPrefix);

    private static readonly Gen<EpisodeSpec> Episode = Gen.Select(
        Gen.Int[-400, 1200], Gen.Int[0, 3], Gen.Int[0, 3],
        Gen.Frequency((2, Gen.Int[-5, 900].Select(i => (int?)i)), (1, Gen.Const((int?)null))),
        Gen.Frequency((4, Gen.Int[1, 100].Select(i => (int?)i)), (1, Gen.Const((int?)null))),
        Gen.Frequency((3, Gen.Int[2000, 30000].Select(i => (decimal?)i)), (1, Gen.Int[4000, 9000].Select(i => (decimal?)(i + 0.5m))),
            (2, Gen.Const((decimal?)null))),
        FoundVia, Gen.Int[1, 20])
        .Select(t => new EpisodeSpec(
            t.Item1, t.Item2 == 0, t.Item3 == 0, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8));

    private static readonly Gen<string?> ExitReason = Gen.OneOf<string?>("non_cooperation", "found_work", "max_duration", null);

    private static readonly Gen<string?> Title = Gen.OneOf<string?>(
        "חזרה לעולם העבודה", "  חזרה לעולם\tהעבודה ", "חזרה  לעולם העבודה", "קורות חיים", "", "   ", null);

    private sealed record ActivitySpec(int Offset, bool AtMonthEnd, bool IsWorkshop, string? Title);

    private static readonly Gen<ActivitySpec> Activity = Gen.Select(
        Gen.Int[-100, 1200], Gen.Int[0, 4], Gen.Int[0, 5], Title,
        (offset, monthEnd, type, title) => new ActivitySpec(offset, monthEnd == 0, type > 0, title));

    private sealed record ParticipantSpec(
        string? Center, DateOnly? Birth, DateOnly? Enrolled, int? ExitAfter, string? ExitReason, string? Source, EpisodeSpec[] Episodes,
        ActivitySpec[] Activities);

    private static readonly Gen<ParticipantSpec> Participant = Gen.Select(
        Center,
        Gen.Frequency((6, Gen.Int[0, 40 * 365].Select(i => (DateOnly?)new DateOnly(1935, 1, 1).AddDays(i))),
            (1, Gen.OneOf<DateOnly?>(new DateOnly(1960, 2, 29), new DateOnly(1956, 12, 31))), (1, Gen.Const((DateOnly?)null))),
        MaybeDay,
        Gen.Frequency((1, Gen.Int[0, 1000].Select(i => (int?)i)), (2, Gen.Const((int?)null))),
        ExitReason,
        Source,
        Episode.Array[0, 4],
        Activity.Array[0, 5],
        (center, birth, enrolled, exit, reason, source, episodes, activities) =>
            new ParticipantSpec(center, birth, enrolled, exit, reason, source, episodes, activities));

    public static readonly Gen<SpotSnapshot> Snapshot = Participant.Array[0, 40].Select(Build);

    private static SpotSnapshot Build(ParticipantSpec[] specs)
    {
        var participants = new List<SpotParticipant>();
        var episodes = new List<SpotEpisode>();
        var activities = new List<SpotActivity>();
        for (var i = 0; i < specs.Length; i++)
        {
            var spec = specs[i];
            var id = $"P{i}";
            participants.Add(new SpotParticipant
            {
                ParticipantId = id,
                Center = spec.Center,
                BirthDate = spec.Birth,
                EnrolledOn = spec.Enrolled,
                ExitedOn = spec.ExitAfter is { } days && spec.Enrolled is { } e ? e.AddDays(days) : null,
                ExitReason = spec.ExitAfter is null ? null : spec.ExitReason,
                RecruitmentSource = spec.Source,
            });
            foreach (var (activity, k) in spec.Activities.Select((x, k) => (x, k)))
            {
                var date = (spec.Enrolled ?? Origin).AddDays(activity.Offset);
                if (activity.AtMonthEnd) date = new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
                activities.Add(new SpotActivity
                {
                    ActivityId = $"A{i}-{k}",
                    ParticipantId = id,
                    Date = date,
                    Type = activity.IsWorkshop ? "workshop" : "meeting",
                    Title = activity.Title,
                });
            }
            DateOnly? previous = null;
            foreach (var (episode, j) in spec.Episodes.Select((x, j) => (x, j)))
            {
                var start = episode.TieWithPrevious && previous is { } p ? p : (spec.Enrolled ?? Origin).AddDays(episode.StartOffset);
                if (episode.AtMonthEnd) start = new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month));
                previous = start;
                episodes.Add(new SpotEpisode
                {
                    // "E9-..." sorts after "E10-..." as text: ties must be broken by text.
                    EpisodeId = $"E{episode.IdPrefix}-{i}-{j}",
                    ParticipantId = id,
                    StartDate = start,
                    EndDate = episode.Length is { } length ? start.AddDays(length) : null,
                    ScopePercent = episode.Scope,
                    MonthlySalary = episode.Salary,
                    FoundVia = episode.FoundVia,
                });
            }
        }
        return new SpotSnapshot(participants, episodes, activities);
    }
}
