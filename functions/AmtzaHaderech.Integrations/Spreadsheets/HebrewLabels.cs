using System.Globalization;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// Hebrew names of the report's codes, and the one way every workbook writes a date
/// (dd/MM/yyyy, with the time as HH:mm in Israel time); unknown codes (kept as SPOT gave them)
/// show as is. Centers and coordinators are named by ReportNames, from the configuration;
/// sheets' titles are SheetHeading's.
internal static class HebrewLabels
{
    public static string RecruitmentSource(string code) => code switch
    {
        "employment_service" => "שירות התעסוקה",
        "friend" => "חבר/ה",
        "employment_center" => "מרכז תעסוקה",
        "social_media" => "רשתות חברתיות",
        "municipal" => "רשות מקומית",
        "other" => "אחר",
        "unknown" => "לא ידוע",
        "all" => "כל הערוצים",
        _ => code,
    };

    /// The hub's inbound channels (where a referral came in), as the funnel names them.
    public static string InboundChannel(string code) => code switch
    {
        "employment_service" => "שירות התעסוקה",
        "municipal" => "רשויות מקומיות",
        "facebook" => "פייסבוק",
        "intake" => "טופס הפנייה",
        "all" => "כל הערוצים",
        _ => code,
    };

    public static string Months(int months) => $"{months} חודשים";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, IsraelTime.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// The line under every sheet's title: where the figures come from and how fresh they are,
    /// in the source's own words ("נתוני SPOT נכון ל-26/11/2026 09:00").
    public static string Subtitle(string dataSource) => CellText.Neutralize(dataSource);
}
