using AmtzaHaderech.Integrations.Municipal;

namespace AmtzaHaderech.Integrations.Tests.Municipal;

public sealed class XlsxSheetReaderTests
{
    [Theory]
    [InlineData("A1", 0)]
    [InlineData("G5", 6)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("XFD1048576", 16383)]
    [InlineData("b2", 1)]
    public void ColumnIndex_Reference_ZeroBasedColumn(string reference, int expected)
    {
        Assert.Equal(expected, XlsxSheetReader.ColumnIndex(reference));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("ABCD1")]
    public void ColumnIndex_NoReference_Null(string? reference)
    {
        Assert.Null(XlsxSheetReader.ColumnIndex(reference));
    }

    [Fact]
    public void Rows_SparseRows_KeepTheirSheetNumbers()
    {
        var bytes = new XlsxBuilder().Row(3, "a").Row(4, "b").Build();

        var rows = XlsxSheetReader.Rows(new MemoryStream(bytes), null).ToList();

        Assert.Equal([(3, "a"), (4, "b")], rows.Select(r => (r.Number, r.Cells[0].Text)));
    }

    [Fact]
    public void Rows_ManyRows_EveryRowOnce()
    {
        var builder = new XlsxBuilder();
        for (var i = 1u; i <= 500; i++) builder.Row(i, $"name {i}", (int)i);

        var rows = XlsxSheetReader.Rows(new MemoryStream(builder.Build()), null).ToList();

        Assert.Equal(Enumerable.Range(1, 500), rows.Select(r => r.Number));
        Assert.Equal(Enumerable.Range(1, 500).Select(i => i.ToString()), rows.Select(r => r.Cells[1].Text));
    }
}
