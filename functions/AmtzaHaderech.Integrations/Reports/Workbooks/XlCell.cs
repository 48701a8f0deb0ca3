using System.Globalization;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

/// One cell to write: text (ours or from outside) or a number with its display style.
/// A null number is an empty cell: docs/metrics.md's null ratio has no value to show.
internal readonly record struct XlCell(string? Text, double? Number, XlStyle Style)
{
    public static XlCell Label(string text, XlStyle style = XlStyle.Text) => new(text, null, style);

    /// Text that came from outside data: neutralized and marked quote-prefixed.
    public static XlCell External(string? text) => new(CellText.Neutralize(text), null, XlStyle.ExternalText);

    public static XlCell Phone(string? phone) => new(CellText.Phone(phone), null, XlStyle.ExternalText);

    public static XlCell Count(int value) => new(null, value, XlStyle.Integer);

    public static XlCell Of(double? value, XlStyle style) => new(null, value, style);

    public static XlCell Date(DateOnly day) => new(null, day.ToDateTime(TimeOnly.MinValue).ToOADate(), XlStyle.Date);

    public bool IsNumber => Text is null;

    /// Roughly what Excel shows, to fit the column width without measuring fonts.
    public string Display() => Number is not { } n ? Text ?? "" : Style switch
    {
        XlStyle.Percent => n.ToString("0.0%", CultureInfo.InvariantCulture),
        XlStyle.Shekels => n.ToString("#,##0", CultureInfo.InvariantCulture) + " ₪",
        XlStyle.TwoDecimals => n.ToString("0.00", CultureInfo.InvariantCulture),
        XlStyle.OneDecimal => n.ToString("0.0", CultureInfo.InvariantCulture),
        XlStyle.Date => "00/00/0000",
        _ => n.ToString("#,##0", CultureInfo.InvariantCulture),
    };
}
