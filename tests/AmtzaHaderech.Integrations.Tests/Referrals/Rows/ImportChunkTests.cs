using AmtzaHaderech.Integrations.Referrals.Rows;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Rows;

public sealed class ImportChunkTests
{
    private static readonly ImportChunk Template = new()
    {
        Channel = "employment-service",
        Source = "employment_service",
        BlobName = "employment-service/f.csv",
        File = "f.csv",
        ReceiptId = "r1",
        Index = 0,
        Chunks = 0,
        FromRow = 0,
        ToRow = 0,
        Rows = 0,
        Encoding = "utf-8",
        FileDate = new DateOnly(2026, 11, 23),
        ReceivedAt = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero),
    };

    [Theory]
    [InlineData(1, 100, 1)]
    [InlineData(100, 100, 1)]
    [InlineData(101, 100, 2)]
    [InlineData(20_000, 2_000, 10)]
    public void Plan_AnyFile_ChunksCoverEveryRowOnce(int rows, int perChunk, int expectedChunks)
    {
        var chunks = ImportChunk.Plan(Template, rows, perChunk).ToList();

        Assert.Equal(expectedChunks, chunks.Count);
        Assert.All(chunks, c => Assert.Equal((expectedChunks, rows), (c.Chunks, c.Rows)));
        Assert.Equal(Enumerable.Range(1, expectedChunks), chunks.Select(c => c.Index));
        Assert.Equal(Enumerable.Range(1, rows), chunks.SelectMany(c => Enumerable.Range(c.FromRow, c.ToRow - c.FromRow + 1)));
    }

    [Fact]
    public void Deserialize_SerializedChunk_SameChunk()
    {
        var chunk = ImportChunk.Plan(Template, 250, 100).Last();

        Assert.Equal(chunk, ChunkedFiles.Deserialize(ChunkedFiles.Serialize(chunk)));
    }
}
