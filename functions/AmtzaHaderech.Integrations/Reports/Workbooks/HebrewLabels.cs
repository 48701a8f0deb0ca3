using System.Globalization;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// Hebrew names of the report's codes; unknown codes (kept as SPOT gave them) show as is.
internal static class HebrewLabels
{
    public static string Center(string code) => code == "all" ? "כל המרכזים" : code == "" ? "ללא מרכז" : code;

    public static string Coordinator(string? coordinator) => string.IsNullOrEmpty(coordinator) ? "ללא מקדמת" : coordinator;

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

    /// The second title line of every sheet.
    public static string Subtitle(DateOnly asOf, string dataSource) =>
        $"נכון ל-{Date(asOf)} | מקור הנתונים: {CellText.Neutralize(dataSource)}";
}
