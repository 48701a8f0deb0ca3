using AmtzaHaderech.Integrations.Storage;
using Azure;

namespace AmtzaHaderech.Integrations.Tests.Storage;

public class OptimisticWritesTests
{
    [Fact]
    public async Task RetryAsync_StaleETagTwice_RunsTheWriteAgainUntilItLands()
    {
        var attempts = new List<int>();

        var result = await OptimisticWrites.RetryAsync(attempt =>
        {
            attempts.Add(attempt);
            return attempt < 3 ? throw new RequestFailedException(412, "stale") : Task.FromResult("landed");
        }, CancellationToken.None);

        Assert.Equal("landed", result);
        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task RetryAsync_AddConflict_RetriedOnlyWhenAddsMayRace()
    {
        var calls = 0;
        Task Write(int attempt)
        {
            calls++;
            return attempt == 1 ? throw new RequestFailedException(409, "exists") : Task.CompletedTask;
        }

        await OptimisticWrites.RetryAsync(Write, CancellationToken.None, addMayRace: true);
        Assert.Equal(2, calls);

        calls = 0;
        await Assert.ThrowsAsync<RequestFailedException>(() => OptimisticWrites.RetryAsync(Write, CancellationToken.None));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task RetryAsync_AlwaysBeaten_GivesUpAfterMaxAttempts()
    {
        var calls = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => OptimisticWrites.RetryAsync(_ =>
        {
            calls++;
            return Task.FromException(new RequestFailedException(412, "stale"));
        }, CancellationToken.None));

        Assert.Equal(412, error.Status);
        Assert.Equal(OptimisticWrites.MaxAttempts, calls);
    }

    [Fact]
    public async Task RetryAsync_OtherFailure_NotRetried()
    {
        var calls = 0;

        await Assert.ThrowsAsync<RequestFailedException>(() => OptimisticWrites.RetryAsync(_ =>
        {
            calls++;
            return Task.FromException(new RequestFailedException(500, "down"));
        }, CancellationToken.None));

        Assert.Equal(1, calls);
    }
}
