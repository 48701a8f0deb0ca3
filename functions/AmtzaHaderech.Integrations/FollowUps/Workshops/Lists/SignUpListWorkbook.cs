using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;

/// One person of a session's sign-up list: as SPOT names them, with a phone that dials.
public sealed record SignUpListEntry(string ParticipantId, string Name, string? Phone, string State);

/// The sign-up list of a session, for the coordinator to mark who came (docs/workshops.md): a row
/// per person signed up (name, phone, SPOT id), a column "הגיע?" with a drop-down, and empty
/// rows at the end for people who came without signing up (their SPOT id and the mark). The hub
/// reads the marked list back (SignUpListReader) by the same headers.
public static class SignUpListWorkbook
{
    public static readonly string[] Headers = ["שם", "טלפון", "מזהה משתתף", "הרשמה", "הגיע?"];
    public const string Came = "הגיע";
    public const string DidNotCome = "לא הגיע";
    public const int IdColumn = 3, MarkColumn = 5;
    /// Rows left empty for people who came without signing up.
    public const int WalkInRows = 10;

    public static void Write(WorkshopSession session, IReadOnlyList<SignUpListEntry> entries, DateTimeOffset at, Stream output)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(entries);
        var sheet = new XlSheet(
            XlNames.SheetName("נוכחות"),
            $"רשימת נרשמים - {CellText.Neutralize(session.Title)}, {HebrewLabels.Date(session.Date)} {session.Start:HH\\:mm}",
            $"{CellText.Neutralize(session.Address)}. מזהה הסדנה {session.Id}. נכון ל-{HebrewLabels.DateAndTime(at)}; סמנו בעמודה \"הגיע?\" את מי שהגיע.");
        var header = sheet.Header(Headers);
        foreach (var e in entries)
            sheet.Row(XlCell.External(e.Name), XlCell.Phone(e.Phone), XlCell.External(e.ParticipantId), XlCell.Label(e.State), XlCell.Blank(XlStyle.Input));
        for (var i = 0; i < WalkInRows; i++)
            sheet.Row(XlCell.Blank(XlStyle.Input), XlCell.Blank(XlStyle.Input), XlCell.Blank(XlStyle.Input), XlCell.Label("לא נרשם מראש"), XlCell.Blank(XlStyle.Input));
        sheet.MinimumWidth(1, 24);
        sheet.MinimumWidth(MarkColumn, 12);
        sheet.Filter = new XlRange(header, 1, sheet.LastRow, Headers.Length);
        sheet.Validations.Add(new XlValidation(new XlRange(header + 1, MarkColumn, sheet.LastRow, MarkColumn), [Came, DidNotCome], null,
            "בחרו \"הגיע\" או \"לא הגיע\" מהרשימה."));
        XlWorkbook.Write([sheet], output);
    }
}
