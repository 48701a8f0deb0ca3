using AmtzaHaderech.Integrations.Configuration;

namespace AmtzaHaderech.Integrations.Reports.Metrics;

/// The bands and horizons of docs/metrics.md, in report order.
internal static class MetricBands
{
    public const string AllCenters = ReportNames.AllCenters;
    public const string UnknownSource = "unknown";

    public static readonly string[] AgeBands = ["<=44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", ">=75"];

    public static int AgeBand(int age) => age switch
    {
        <= 44 => 0,
        >= 75 => 7,
        _ => (age - 45) / 5 + 1,
    };

    public static readonly string[] TimeToFirstPlacementBands = ["0-3", "4-6", "7-9", "10-12", "13-18", "19-24", ">24"];

    public static int TimeToFirstPlacementBand(int months) => months switch
    {
        <= 3 => 0,
        <= 6 => 1,
        <= 9 => 2,
        <= 12 => 3,
        <= 18 => 4,
        <= 24 => 5,
        _ => 6,
    };

    public static readonly int[] PersistenceMonths = [6, 12, 15, 24];

    public static readonly int[] TenureMonths = [3, 6, 9, 12, 18, 24];

    public const int OlderAgeGroupFrom = 61;
    public static readonly string[] AgeGroups = ["<=60", ">60"];

    public static double? Ratio(double numerator, int denominator) => denominator == 0 ? null : numerator / denominator;
}
