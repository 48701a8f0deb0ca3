using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.FollowUps.CallLists;

/// A call list as a table staff work from: who (name, a phone that dials, the id to find them in
/// SPOT), why, since when; then columns to fill in as they call: the outcome from a drop-down, a
/// note, and the date of the next call (a date from the list's day on). The header gets filter
/// buttons and is printed atop every page.
internal static class CallListTable
{
    public static readonly string[] Headers =
        ["שם", "טלפון", "סיבה", "קשר אחרון", "ימים מאז", "מזהה משתתף", "תוצאת השיחה", "הערות", "שיחה הבאה"];

    /// The outcomes offered in the drop-down (Excel keeps a list of up to 255 characters).
    public static readonly string[] Outcomes =
        ["בעבודה", "לא בעבודה", "לחזור במועד אחר", "אין מענה", "מספר שגוי", "בקשה לצאת מהתכנית"];

    public const int ReasonColumn = 3, OutcomeColumn = 7, NotesColumn = 8, NextCallColumn = 9;

    public static void Add(XlSheet sheet, IReadOnlyList<CallListEntry> entries, DateOnly listDate)
    {
        var header = sheet.Header(Headers);
        foreach (var e in entries)
            sheet.Row(
                XlCell.External(e.Name), XlCell.Phone(e.Phone), XlCell.Label(e.Reason, XlStyle.WrappedText),
                e.LatestContact is { } latest ? XlCell.Date(latest) : default, e.DaysSince is { } days ? XlCell.Count(days) : default,
                XlCell.External(e.ParticipantId),
                XlCell.Blank(XlStyle.Input), XlCell.Blank(XlStyle.Input), XlCell.Blank(XlStyle.InputDate));
        sheet.MinimumWidth(ReasonColumn, 30);
        sheet.MinimumWidth(OutcomeColumn, 18);
        sheet.MinimumWidth(NotesColumn, 32);
        sheet.MinimumWidth(NextCallColumn, 12);
        var last = Math.Max(sheet.LastRow, header + 1);
        sheet.Filter = new XlRange(header, 1, last, Headers.Length);
        if (entries.Count == 0) return;
        sheet.Validations.Add(new XlValidation(new XlRange(header + 1, OutcomeColumn, sheet.LastRow, OutcomeColumn), Outcomes, null,
            "בחרו את תוצאת השיחה מהרשימה."));
        sheet.Validations.Add(new XlValidation(new XlRange(header + 1, NextCallColumn, sheet.LastRow, NextCallColumn), null, listDate,
            $"תאריך בצורה dd/mm/yyyy, מ-{HebrewLabels.Date(listDate)} והלאה."));
    }
}
