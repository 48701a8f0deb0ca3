using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// The three parts of the evaluation report, a sheet each.
internal static class EvaluationSheets
{
    private const string PercentFormat = "0.0%";

    /// Under the workshops table, in plain words: a description, not a proof.
    public const string DescribesNotProves =
        "הטבלה מתארת ואינה מוכיחה: אנשים בוחרים לאילו סדנאות להגיע, ולכן הפער מקבוצת ההשוואה אינו בהכרח תוצאה של הסדנה.";

    public const string CohortExplained =
        "במעקב: משתתפים שעברה חצי שנה מההשתתפות הראשונה שלהם בסדנה ושלא עבדו ביום ההוא; שיעור השמה: מהם, מי שהתחילו לעבוד עד חצי שנה אחריו.";

    public const string ComparisonExplained =
        "קבוצת ההשוואה של כל מי שהשתתף בסדנה: רשומים אחרים באותו מרכז ביום ההשתתפות הראשונה, שלא יצאו מהתוכנית, לא עבדו באותו יום ולא השתתפו בסדנה עד חצי שנה אחריו.";

    public static XlSheet Channels(EvaluationReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("ערוצי גיוס", "ערוצי גיוס: רישום, השמה והתמדה בעבודה");
        var header = sheet.Header(
            "ערוץ גיוס", "רשומים", "פעילים", "הושמו", "שיעור השמה", "ותק חצי שנה", "הושמו עד 6 ח׳",
            "שיעור עד 6 ח׳", "חציון חודשים", "נשרו", "שיעור נשירה", "השמה לפני שנה", "עובדים אחרי שנה", "שיעור אחרי שנה");
        foreach (var c in report.Channels)
            sheet.Row(XlCell.Label(HebrewLabels.RecruitmentSource(c.Source)), XlCell.Count(c.Enrolled), XlCell.Count(c.Active), XlCell.Count(c.Placed),
                Percent(c.PlacementRate), XlCell.Count(c.Cohort6), XlCell.Count(c.Placed6), Percent(c.Placed6Rate),
                XlCell.Of(c.MedianMonthsToPlacement, XlStyle.OneDecimal), XlCell.Count(c.Dropouts), Percent(c.DropoutRate),
                XlCell.Count(c.N12), XlCell.Count(c.Employed12), Percent(c.Employed12Rate));
        sheet.Charts.Add(new XlChart("שיעור השמה לפי ערוץ גיוס", header, header + 1, sheet.LastRow, 1, [5, 8], PercentFormat));
        sheet.Blank();
        sheet.Note("ותק חצי שנה: נרשמו לפני חצי שנה לפחות. הושמו עד 6 ח׳: מהם, מי שהתחילו לעבוד עד חצי שנה מהרישום. חציון חודשים: מהרישום עד ההשמה הראשונה.");
        sheet.Note("נשרו: יצאו מהתוכנית בשל אי שיתוף פעולה. השמה לפני שנה: ההשמה הראשונה לפני שנה לפחות; עובדים אחרי שנה: מהם, מי שעבדו שנה אחריה.");
        return sheet;
    }

    public static XlSheet Workshops(EvaluationReport report, SheetHeading heading)
    {
        var sheet = heading.Sheet("סדנאות", "סדנאות: השתתפות והשמה תוך 6 חודשים מההשתתפות הראשונה");
        var header = sheet.Header(
            "סדנה", "השתתפויות", "מפגשים", "משתתפים", "במעקב", "הושמו עד 6 ח׳", "שיעור השמה", "קבוצת השוואה", "הפרש");
        foreach (var w in report.Workshops)
            sheet.Row(XlCell.External(w.Workshop == WorkshopTitles.Untitled ? "(ללא שם)" : w.Workshop), XlCell.Count(w.Attendances),
                XlCell.Count(w.Sessions), XlCell.Count(w.Participants), XlCell.Count(w.Cohort), XlCell.Count(w.Placed6),
                Percent(w.Placed6Rate), Percent(w.ComparisonRate6), Percent(w.Difference));
        var last = sheet.LastRow;
        if (report.Workshops.Count == 0) sheet.Note("אין ב-SPOT השתתפויות בסדנאות של רשומים לתוכנית עד תאריך זה.");
        sheet.Blank();
        sheet.Note(DescribesNotProves);
        sheet.Note(CohortExplained);
        sheet.Note(ComparisonExplained);
        if (report.Workshops.Count > 0)
            sheet.Charts.Add(new XlChart("השמה עד 6 חודשים: משתתפי הסדנה מול קבוצת ההשוואה", header, header + 1, last, 1, [7, 8], PercentFormat));
        return sheet;
    }

    public static XlSheet Funnel(EvaluationReport report, SheetHeading heading)
    {
        // Its period is the window of referrals, not a day.
        var funnel = report.Funnel;
        var window = heading with { Period = $"הפניות שהתקבלו מ-{HebrewLabels.Date(funnel.From)} עד {HebrewLabels.Date(funnel.To)}" };
        var sheet = window.Sheet("מסלול ההפניות", "מסלול ההפניות: מה עלה בגורל כל הפניה, לפי ערוץ הכניסה");
        var channels = funnel.Channels;
        sheet.Header([.. channels.Select(c => HebrewLabels.InboundChannel(c.Channel)).Prepend("שלב")]);
        Row(sheet, channels, "רשומות שהתקבלו", c => c.Records);
        Row(sheet, channels, "נדחו", c => c.Rejected);
        Row(sheet, channels, "כפולות", c => c.Duplicate);
        Row(sheet, channels, "לבדיקה (כפילות אפשרית)", c => c.Review);
        Row(sheet, channels, "ללא הסכמה", c => c.NoConsent);
        Row(sheet, channels, "אנשים (לפי הפנייה הראשונה)", c => c.People);
        Row(sheet, channels, "זכאים", c => c.Eligible, c => c.EligibleRate);
        Row(sheet, channels, "לשיחת ניתוב", c => c.RoutingCall);
        Row(sheet, channels, "לא זכאים", c => c.NotEligible);
        Row(sheet, channels, "הוזמנו לכנס חשיפה", c => c.Invited, c => c.InvitedRate);
        Row(sheet, channels, "אישרו הגעה", c => c.Confirmed, c => c.ConfirmedRate);
        Row(sheet, channels, "נרשמו לתוכנית (SPOT)", c => c.Enrolled, c => c.EnrolledRate);
        Row(sheet, channels, "הושמו בעבודה", c => c.Placed, c => c.PlacedRate);
        sheet.Row([XlCell.Label("חציון ימים מההפניה לרישום"), .. channels.Select(c => XlCell.Of(c.MedianDaysToEnrolment, XlStyle.OneDecimal))]);
        sheet.Blank();
        sheet.Note("כל אדם נספר פעם אחת, בערוץ של ההפניה הראשונה שלו בתקופה שהתקבלה או מוזגה; כל שיעור הוא מתוך השלב שלפניו.");
        return sheet;
    }

    private static void Row(XlSheet sheet, IReadOnlyList<FunnelFigures> channels, string label, Func<FunnelFigures, int> count,
        Func<FunnelFigures, double?>? rate = null)
    {
        sheet.Row([XlCell.Label(label), .. channels.Select(c => XlCell.Count(count(c)))]);
        if (rate is not null) sheet.Row([XlCell.Label("שיעור מהשלב הקודם"), .. channels.Select(c => Percent(rate(c)))]);
    }

    private static XlCell Percent(double? value) => XlCell.Of(value, XlStyle.Percent);
}
