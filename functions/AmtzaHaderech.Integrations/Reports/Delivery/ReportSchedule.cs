using System.Globalization;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

/// The monthly reports' period and names. The timers fire on the 1st in UTC; the month is the
/// one that just ended in Israel.
internal static class ReportSchedule
{
    public static ReportMonth PreviousMonth(TimeProvider clock)
    {
        var lastMonth = IsraelTime.Today(clock).AddMonths(-1);
        return new ReportMonth(lastMonth.Year, lastMonth.Month);
    }

    /// One name per as-of date, so a second run for the same month replaces the first file.
    public static string ProgramFileName(DateOnly asOf) =>
        $"program-report-{asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx";

    public static string EvaluationFileName(DateOnly asOf) =>
        $"evaluation-report-{asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx";

    public static string CoordinatorsFileName(string center, ReportMonth month) =>
        $"coordinators-{(center.Length == 0 ? "none" : center)}-{month}.xlsx";
}
