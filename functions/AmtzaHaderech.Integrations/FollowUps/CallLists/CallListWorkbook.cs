using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.FollowUps.CallLists;

/// The call list a coordinator's Teams card opens: everyone the card announces, not only the
/// ones it has room for, as a sheet to work from (see CallListTable).
internal static class CallListWorkbook
{
    public static void Write(string coordinatorName, string centerName, IReadOnlyList<CallListEntry> entries, DateTimeOffset at, Stream output)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sheet = new XlSheet(
            XlNames.SheetName(coordinatorName.Split('@')[0]),
            $"רשימת שיחות - {CellText.Neutralize(coordinatorName)}, {CellText.Neutralize(centerName)}",
            $"משתתפים שהמעקבים העבירו למקדמת, נכון ל-{HebrewLabels.DateAndTime(at)}");
        CallListTable.Add(sheet, entries, IsraelTime.DateOf(at));
        XlWorkbook.Write([sheet], output);
    }
}
