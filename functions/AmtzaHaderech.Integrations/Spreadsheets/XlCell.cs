using System.Globalization;
using AmtzaHaderech.Integrations.Common;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// One cell to write: text (ours or from outside) or a number with its display style, and a
/// link when a click should do something (a `tel:` number dials). A null number is an empty cell:
/// docs/metrics.md's null ratio has no value to show; an empty cell with a style of its own is a cell
/// for staff to fill in.
internal readonly record struct XlCell(string? Text, double? Number, XlStyle Style)
{
    public string? Link { get; init; }

    public static XlCell Label(string text, XlStyle style = XlStyle.Text) => new(text, null, style);

    /// Text that came from outside data: neutralized and marked quote-prefixed.
    public static XlCell External(string? text) => new(CellText.Neutralize(text), null, XlStyle.ExternalText);

    /// A phone as staff dial it, and a `tel:` link that dials it when it is an Israeli number
    /// (in any writing SPOT keeps) or a whole international one.
    public static XlCell Phone(string? phone)
    {
        var e164 = IsraeliPhone.ToE164(phone) ?? phone;
        return CellText.TelUri(e164) is { } tel
            ? new(CellText.Phone(e164), null, XlStyle.Link) { Link = tel }
            : new(CellText.Phone(phone), null, XlStyle.ExternalText);
    }

    /// An empty cell for staff to fill in, formatted for what goes there.
    public static XlCell Blank(XlStyle style) => new(null, null, style);

    public static XlCell Count(int value) => new(null, value, XlStyle.Integer);

    public static XlCell Of(double? value, XlStyle style) => new(null, value, style);

    public static XlCell Date(DateOnly day) => new(null, day.ToDateTime(TimeOnly.MinValue).ToOADate(), XlStyle.Date);

    public bool IsNumber => Text is null;

    public bool IsEmpty => Text is null && Number is null;

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
