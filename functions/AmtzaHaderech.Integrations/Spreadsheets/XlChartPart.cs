using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace AmtzaHaderech.Integrations.Spreadsheets;

/// A clustered column chart over a table of the sheet. Each series carries caches of its
/// names and values: viewers that do not recalculate (previews, Teams, mobile) draw from them.
internal static class XlChartPart
{
    private const uint CategoryAxisId = 48650112, ValueAxisId = 48672768;
    private static readonly string[] SeriesColors = ["2E75B6", "ED7D31", "70AD47", "7F7F7F"];

    public static C.ChartSpace Create(XlSheet sheet, XlChart chart)
    {
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < chart.ValueColumns.Count; i++) barChart.Append(Series(sheet, chart, i));
        barChart.Append(
            new C.DataLabels(
                new C.NumberingFormat { FormatCode = chart.NumberFormat, SourceLinked = false },
                new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true }, new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false }),
            new C.GapWidth { Val = 80 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });

        var plotArea = new C.PlotArea(
            new C.Layout(),
            barChart,
            // Categories run right to left, as the table beside them reads: the first on the
            // right (orientation maxMin), and the value axis with it on the right.
            new C.CategoryAxis(
                new C.AxisId { Val = CategoryAxisId },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = ValueAxisId },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 }),
            new C.ValueAxis(
                new C.AxisId { Val = ValueAxisId },
                // Bars start at zero: a viewer's automatic minimum can make 33.0% against 33.3% look like a gulf.
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Right },
                new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = chart.NumberFormat, SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = CategoryAxisId },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        var content = new C.Chart(
            new C.Title(
                new C.ChartText(new C.RichText(
                    new A.BodyProperties(), new A.ListStyle(),
                    new A.Paragraph(new A.Run(new A.RunProperties { Language = "he-IL", Bold = true, FontSize = 1200 }, new A.Text(chart.Title))))),
                new C.Overlay { Val = false }),
            new C.AutoTitleDeleted { Val = false },
            plotArea);
        if (chart.ValueColumns.Count > 1)
            content.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }));
        content.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        return new C.ChartSpace(new C.EditingLanguage { Val = "he-IL" }, new C.RoundedCorners { Val = false }, content);
    }

    private static C.BarChartSeries Series(XlSheet sheet, XlChart chart, int index)
    {
        var column = chart.ValueColumns[index];
        var count = (uint)(chart.LastRow - chart.FirstRow + 1);
        var categories = new C.StringCache(new C.PointCount { Val = count });
        var values = new C.NumberingCache(new C.FormatCode(chart.NumberFormat), new C.PointCount { Val = count });
        for (var row = chart.FirstRow; row <= chart.LastRow; row++)
        {
            var point = (uint)(row - chart.FirstRow);
            categories.Append(new C.StringPoint(new C.NumericValue(sheet.CellAt(row, chart.CategoryColumn).Display())) { Index = point });
            if (sheet.CellAt(row, column).Number is { } value)
                values.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", CultureInfo.InvariantCulture))) { Index = point });
        }

        return new C.BarChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(
                new C.Formula(XlNames.Absolute(sheet.Name, column, chart.HeaderRow)),
                new C.StringCache(new C.PointCount { Val = 1 },
                    new C.StringPoint(new C.NumericValue(sheet.CellAt(chart.HeaderRow, column).Display())) { Index = 0 }))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = SeriesColors[index % SeriesColors.Length] })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(
                new C.Formula(XlNames.Range(sheet.Name, chart.CategoryColumn, chart.FirstRow, chart.LastRow)), categories)),
            new C.Values(new C.NumberReference(
                new C.Formula(XlNames.Range(sheet.Name, column, chart.FirstRow, chart.LastRow)), values)));
    }

    /// Anchors a chart 8 columns wide and 16 rows high at the given cell.
    public static Xdr.TwoCellAnchor Anchor(string chartRelationshipId, uint id, string name, int column, int row) => new(
        new Xdr.FromMarker(new Xdr.ColumnId((column - 1).ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"),
            new Xdr.RowId((row - 1).ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
        new Xdr.ToMarker(new Xdr.ColumnId((column + 7).ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"),
            new Xdr.RowId((row + 15).ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(
                new Xdr.NonVisualDrawingProperties { Id = id, Name = name },
                new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartRelationshipId })
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { Macro = "" },
        new Xdr.ClientData());
}
