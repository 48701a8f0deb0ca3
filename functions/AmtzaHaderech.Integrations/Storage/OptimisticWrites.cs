using Azure;

namespace AmtzaHaderech.Integrations.Storage;

/// Optimistic concurrency, once for the whole hub: a read-modify-write that another writer beat
/// (412 on an update whose ETag is stale; with `addMayRace`, also 409 on a first add) runs again
/// from its read. Between attempts a short random pause, growing with the attempts, so that the
/// writers who collided do not collide again in step: with a dozen hosts on one row and no pause,
/// the last one can lose a dozen rounds running.
internal static class OptimisticWrites
{
    public const int MaxAttempts = 20;

    /// `write` gets the attempt's number (1 for the first) and does the whole read-modify-write.
    public static Task<T> RetryAsync<T>(Func<int, Task<T>> write, CancellationToken cancellationToken, bool addMayRace = false) =>
        RetryAsync(write, cancellationToken, e => e.Status == 412 || (addMayRace && e.Status == 409));

    /// The same, where `raced` says which failures mean "another writer was first".
    public static async Task<T> RetryAsync<T>(Func<int, Task<T>> write, CancellationToken cancellationToken, Func<RequestFailedException, bool> raced)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write(attempt);
            }
            catch (RequestFailedException e) when (raced(e) && attempt < MaxAttempts)
            {
                await PauseAsync(attempt + 1, cancellationToken);
            }
        }
    }

    public static Task RetryAsync(Func<int, Task> write, CancellationToken cancellationToken, bool addMayRace = false) =>
        RetryAsync(write, cancellationToken, e => e.Status == 412 || (addMayRace && e.Status == 409));

    public static Task RetryAsync(Func<int, Task> write, CancellationToken cancellationToken, Func<RequestFailedException, bool> raced) =>
        RetryAsync(async attempt =>
        {
            await write(attempt);
            return true;
        }, cancellationToken, raced);

    /// The pause before an attempt: up to 10 ms before the second, doubling to at most 320 ms.
    public static Task PauseAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 << Math.Min(attempt - 1, 6))), cancellationToken);
}
