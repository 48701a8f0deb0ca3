using AmtzaHaderech.Integrations.Reports.Evaluation;

namespace AmtzaHaderech.Integrations.TestData;

/// A small program whose evaluation report is computed by hand (Evaluation/expected-*.json):
/// thirteen SPOT participants in two centers (Evaluation/spot-export), and the hub's records of
/// their referrals. The corners of docs/evaluation.md are each in it once: workshop titles typed
/// with stray spaces and a tab, untitled workshops, attendances before enrolment, after D and by
/// a lead, a participant working on the day of her first attendance, another who exits on the
/// day of someone's first attendance (still in that pool), a job before enrolment,
/// month-end dates (enrolled on 31 January, placed on 31 July; attended on 31 August, horizon
/// 28 February; a job starting the day after it), two records of one person at the same instant.
public static class EvaluationFixture
{
    public static readonly DateOnly FirstDate = new(2019, 2, 28);
    public static readonly DateOnly SecondDate = new(2019, 8, 31);

    /// The funnel's window at SecondDate is given (--from/--to); at FirstDate it is the default.
    public static readonly (DateOnly From, DateOnly To) SecondWindow = (new DateOnly(2018, 3, 1), SecondDate);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Evaluation");
    public static string SpotExportFolder => Path.Combine(Folder, "spot-export");

    public static string ExpectedJsonPath(DateOnly asOf) => Path.Combine(Folder, $"expected-evaluation-{asOf:yyyy-MM-dd}.json");

    private static DateTimeOffset Israel(int year, int month, int day, int hour, int minute, int offsetHours) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

    /// H1, H3, H6, H7 are SPOT's P1, P3, P6, P7; H12's SPOT id is not in the mirror.
    public static readonly FunnelInputs Funnel = new(
        [
            new("employment_service", Israel(2018, 2, 27, 10, 0, 2), "es-1~0000001", "accepted", "H7", "eligible"), // before the window
            new("employment_service", new DateTimeOffset(2018, 2, 28, 22, 30, 0, TimeSpan.Zero), "es-2~0000001", "merged", "H7", "eligible"), // 1 March in Israel
            new("facebook", Israel(2018, 3, 5, 9, 0, 2), "facebook-a~0000001", "accepted", "H1", "eligible"),
            new("municipal", Israel(2018, 3, 5, 9, 0, 2), "municipal-a~0000002", "accepted", "H3", "routing_call"),
            new("intake", Israel(2018, 3, 5, 9, 0, 2), "intake-a~0000001", "merged", "H3", "eligible"), // same instant: first by ledger id
            new("facebook", Israel(2018, 4, 1, 10, 0, 3), "facebook-b~0000001", "accepted", "H6", "not_eligible"),
            new("facebook", Israel(2018, 4, 2, 10, 0, 3), "facebook-c~0000001", "duplicate", "H1", null),
            new("municipal", Israel(2018, 5, 1, 10, 0, 3), "municipal-b~0000001", "rejected", null, null),
            new("intake", Israel(2018, 5, 2, 10, 0, 3), "intake-b~0000001", "review", null, null),
            new("municipal", Israel(2018, 6, 1, 10, 0, 3), "municipal-c~0000001", "no_consent", "H10", null),
            new("employment_service", Israel(2019, 3, 1, 8, 0, 2), "es-3~0000001", "accepted", "H11", "eligible"), // after the first date
            new("intake", Israel(2018, 7, 1, 10, 0, 3), "intake-c~0000001", "accepted", "H12", "eligible"),
        ],
        [
            new("H7", new DateOnly(2018, 3, 10), true),
            new("H1", new DateOnly(2018, 3, 4), true), // before H1's first record: not after it
            new("H1", new DateOnly(2018, 4, 15), null),
            new("H3", new DateOnly(2018, 3, 20), false),
            new("H3", new DateOnly(2018, 4, 10), true),
            new("H12", new DateOnly(2018, 7, 15), true),
            new("H99", new DateOnly(2018, 5, 1), true),
        ],
        new Dictionary<string, string> { ["H1"] = "P1", ["H3"] = "P3", ["H6"] = "P6", ["H7"] = "P7", ["H12"] = "P404" });
}
