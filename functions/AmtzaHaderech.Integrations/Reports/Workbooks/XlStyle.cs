using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmtzaHaderech.Integrations.Reports.Workbooks;

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
}

internal static class XlStylesheet
{
    private const uint PercentFormat = 164, ShekelsFormat = 165, TwoDecimalsFormat = 166, OneDecimalFormat = 167, DateFormat = 168;

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
            Font(bold: false, size: 10, grey: true))
        { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, font: 0, rightToLeft: true),
            Format(0, font: 1, rightToLeft: true),
            Format(0, font: 2, fill: 2, rightToLeft: true),
            Format(3, font: 0),
            Format(PercentFormat, font: 0),
            Format(ShekelsFormat, font: 0),
            Format(TwoDecimalsFormat, font: 0),
            Format(OneDecimalFormat, font: 0),
            Format(DateFormat, font: 0),
            new CellFormat(RightToLeft()) { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true, ApplyNumberFormat = true, ApplyAlignment = true },
            Format(0, font: 3, rightToLeft: true))
        { Count = 11 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, double size, bool grey = false)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size });
        if (grey) font.Append(new Color { Rgb = "FF595959" });
        font.Append(new FontName { Val = "Arial" });
        return font;
    }

    // Text reads right to left even when it starts with Latin letters or digits (an e-mail, a
    // center code, a participant id): it aligns with the Hebrew beside it, and a long title
    // spills leftwards across the sheet instead of off its right edge.
    private static Alignment RightToLeft() => new() { ReadingOrder = 2 };

    private static CellFormat Format(uint numberFormat, uint font, uint fill = 0, bool rightToLeft = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyAlignment = rightToLeft ? true : null,
        };
        if (rightToLeft) format.Append(RightToLeft());
        return format;
    }
}
