using AmtzaHaderech.Integrations.Referrals.Rows;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Rows;

public sealed class KeyedRowsTests
{
    private sealed record Item(int Number, params string[] Keys);

    [Fact]
    public async Task RunAsync_ItemsSharingAKey_RunOneAfterAnotherInTheirOrder()
    {
        // Items 1, 3 and 5 share "a"; 3 and 4 share "b". Each holds its key until the next starts,
        // so any overlap on a key would be seen.
        var items = new[] { new Item(1, "a"), new Item(2, "x"), new Item(3, "a", "b"), new Item(4, "b"), new Item(5, "a"), new Item(6, "y") };
        var started = new List<int>();
        var running = new HashSet<string>();
        await KeyedRows.RunAsync(items.ToAsyncEnumerable(), 4, i => i.Keys, async (item, _) =>
        {
            lock (running)
            {
                started.Add(item.Number);
                foreach (var key in item.Keys) Assert.True(running.Add(key), $"item {item.Number} ran while another held {key}");
            }
            await Task.Yield();
            lock (running)
                foreach (var key in item.Keys) running.Remove(key);
        });

        Assert.Equal([1, 3, 5], started.Where(n => n is 1 or 3 or 5));
        Assert.Equal([3, 4], started.Where(n => n is 3 or 4));
        Assert.Equal(6, started.Count);
    }

    [Fact]
    public async Task RunAsync_ItemsWithoutSharedKeys_RunAtTheSameTime()
    {
        // Each item waits until all four have started: only possible if four run at once.
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var count = 0;
        var run = KeyedRows.RunAsync(Enumerable.Range(1, 4).Select(n => new Item(n, $"k{n}")).ToAsyncEnumerable(), 4, i => i.Keys, async (_, _) =>
        {
            if (Interlocked.Increment(ref count) == 4) allStarted.SetResult();
            await allStarted.Task;
        });

        await run.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(4, count);
    }

    [Fact]
    public async Task RunAsync_AnItemFails_StopsTakingItemsAndRethrowsItsFailure()
    {
        var taken = 0;
        async IAsyncEnumerable<Item> Items()
        {
            for (var n = 1; n <= 1_000; n++)
            {
                taken = n;
                yield return new Item(n, $"k{n}");
                await Task.Yield();
            }
        }

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => KeyedRows.RunAsync(Items(), 2, i => i.Keys, (item, _) =>
            item.Number == 3 ? throw new InvalidOperationException("row 3") : Task.CompletedTask));

        Assert.Equal("row 3", failure.Message);
        Assert.True(taken < 1_000, $"took {taken} items after the failure");
    }

    [Fact]
    public async Task RunAsync_ParallelismOne_RunsInOrder()
    {
        var order = new List<int>();
        await KeyedRows.RunAsync(Enumerable.Range(1, 5).Select(n => new Item(n, $"k{n}")).ToAsyncEnumerable(), 1, i => i.Keys, (item, _) =>
        {
            order.Add(item.Number);
            return Task.CompletedTask;
        });
        Assert.Equal([1, 2, 3, 4, 5], order);
    }
}
