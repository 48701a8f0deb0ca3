using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Spreadsheets;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// What every sheet of every report says above its table, the same way: the title with the
/// period its figures cover ("משתתפים והשמה לפי מרכז, נכון ל-01/11/2018", "..., אוקטובר 2018"),
/// and under it, plainly, where the data came from and how fresh it is ("נתוני SPOT נכון
/// ל-26/11/2026 09:00"). Dates are dd/MM/yyyy throughout. `Names` names centers and
/// coordinators from the configuration.
internal sealed record SheetHeading(string Period, string DataSource, ReportNames Names)
{
    public static SheetHeading AsOf(DateOnly asOf, string dataSource, ReportNames names) =>
        new($"נכון ל-{HebrewLabels.Date(asOf)}", dataSource, names);

    public static SheetHeading Month(ReportMonth month, string dataSource, ReportNames names) =>
        new(month.HebrewName, dataSource, names);

    public XlSheet Sheet(string name, string title) => new(name, $"{title}, {Period}", HebrewLabels.Subtitle(DataSource));
}
