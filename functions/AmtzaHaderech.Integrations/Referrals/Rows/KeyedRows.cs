using System.Runtime.ExceptionServices;

namespace AmtzaHaderech.Integrations.Referrals.Rows;

/// Runs items `parallelism` at once, except that items sharing a key run one after another in
/// the order they came. Memory stays flat: at most `parallelism` items are taken ahead, and a
/// key is remembered only while an item holding it is in flight. The first failure stops the
/// taking of items, lets those in flight end, and is rethrown. With `parallelism` 1 the items
/// run strictly one after another, as a plain loop.
internal static class KeyedRows
{
    public static async Task RunAsync<T>(IAsyncEnumerable<T> items, int parallelism, Func<T, IEnumerable<string>> keysOf,
        Func<T, CancellationToken, Task> process, CancellationToken cancellationToken = default)
    {
        if (parallelism <= 1)
        {
            await foreach (var item in items.WithCancellation(cancellationToken))
                await process(item, cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(parallelism);
        var last = new Dictionary<string, Task>(StringComparer.Ordinal);
        ExceptionDispatchInfo? failure = null;
        try
        {
            await foreach (var item in items.WithCancellation(stop.Token))
            {
                await slots.WaitAsync(stop.Token);
                var keys = keysOf(item).Distinct(StringComparer.Ordinal).ToArray();
                var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Task[] before;
                lock (last)
                {
                    before = [.. keys.Select(k => last.GetValueOrDefault(k)).OfType<Task>().Distinct()];
                    foreach (var key in keys) last[key] = finished.Task;
                }
                _ = RunOneAsync(item, keys, before, finished);
            }
        }
        catch (OperationCanceledException) when (failure is not null)
        {
            // An item failed: its failure is what the caller hears of.
        }
        finally
        {
            // Every slot back: nothing is in flight any more.
            for (var i = 0; i < parallelism; i++) await slots.WaitAsync(CancellationToken.None);
        }
        failure?.Throw();

        async Task RunOneAsync(T item, string[] keys, Task[] before, TaskCompletionSource finished)
        {
            try
            {
                // The items before it on its keys (they never fault: `finished` only ever completes).
                await Task.WhenAll(before);
                stop.Token.ThrowIfCancellationRequested();
                await process(item, stop.Token);
            }
            catch (Exception e)
            {
                lock (last) failure ??= ExceptionDispatchInfo.Capture(e);
                await stop.CancelAsync();
            }
            finally
            {
                lock (last)
                    foreach (var key in keys)
                        if (last.TryGetValue(key, out var holder) && holder == finished.Task) last.Remove(key);
                finished.SetResult();
                slots.Release();
            }
        }
    }
}
