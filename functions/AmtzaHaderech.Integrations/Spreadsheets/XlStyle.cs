using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// Cell formats of every report workbook; the value is the index in the stylesheet's cellXfs.
internal enum XlStyle : uint
{
    Text = 0,
    Title = 1,
    Header = 2,
    Integer = 3,
    Percent = 4,
    Shekels = 5,
    TwoDecimals = 6,
    OneDecimal = 7,
    Date = 8,
    ExternalText = 9,
    Subtitle = 10,
    /// A link (a phone that dials): underlined blue, quote-prefixed like other outside text.
    Link = 11,
    /// Cells staff fill in (call outcome, notes): a pale fill and a thin border say "write here".
    Input = 12,
    InputDate = 13,
    /// Longer text of ours that wraps in its column (a call's reasons).
    WrappedText = 14,
}

internal static class XlStylesheet
{
    private const uint PercentFormat = 164, ShekelsFormat = 165, TwoDecimalsFormat = 166, OneDecimalFormat = 167, DateFormat = 168;
    private const uint TextFormat = 49;
    private const uint InputFill = 3, ThinBorder = 1;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = ShekelsFormat, FormatCode = "#,##0 \"₪\"" },
            new NumberingFormat { NumberFormatId = TwoDecimalsFormat, FormatCode = "0.00" },
            new NumberingFormat { NumberFormatId = OneDecimalFormat, FormatCode = "0.0" },
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy" })
        { Count = 5 },
        new Fonts(
            Font(bold: false, size: 11),
            Font(bold: true, size: 14),
            Font(bold: true, size: 11),
            Font(bold: false, size: 10, color: "FF595959"),
            Font(bold: false, size: 11, color: "FF0563C1", underline: true))
        { Count = 5 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF8E1" }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, font: 0, alignment: RightToLeft()),
            Format(0, font: 1, alignment: Wrapped()),
            Format(0, font: 2, fill: 2, alignment: RightToLeft()),
            Format(3, font: 0),
            Format(PercentFormat, font: 0),
            Format(ShekelsFormat, font: 0),
            Format(TwoDecimalsFormat, font: 0),
            Format(OneDecimalFormat, font: 0),
            Format(DateFormat, font: 0),
            Format(TextFormat, font: 0, alignment: RightToLeft(), quotePrefix: true),
            Format(0, font: 3, alignment: Wrapped()),
            Format(TextFormat, font: 4, alignment: RightToLeft(), quotePrefix: true),
            Format(TextFormat, font: 0, fill: InputFill, border: ThinBorder, alignment: Wrapped()),
            Format(DateFormat, font: 0, fill: InputFill, border: ThinBorder),
            Format(0, font: 0, alignment: Wrapped()))
        { Count = 15 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, double size, string? color = null, bool underline = false)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (underline) font.Append(new Underline());
        font.Append(new FontSize { Val = size });
        if (color is not null) font.Append(new Color { Rgb = color });
        font.Append(new FontName { Val = "Arial" });
        return font;
    }

    private static T Thin<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    // Text reads right to left even when it starts with Latin letters or digits (an e-mail, a
    // center code, a participant id): it aligns with the Hebrew beside it, and a long title
    // spills leftwards across the sheet instead of off its right edge.
    private static Alignment RightToLeft() => new() { ReadingOrder = 2 };

    // Titles and notes wrap inside their merged cell (XlWorkbook gives the row the height the
    // lines need), so nothing is cut off at the printed page's edge.
    private static Alignment Wrapped() => new() { ReadingOrder = 2, WrapText = true, Vertical = VerticalAlignmentValues.Top };

    private static CellFormat Format(uint numberFormat, uint font, uint fill = 0, uint border = 0, Alignment? alignment = null, bool quotePrefix = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            QuotePrefix = quotePrefix ? true : null,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyAlignment = alignment is not null ? true : null,
        };
        if (alignment is not null) format.Append(alignment);
        return format;
    }
}
