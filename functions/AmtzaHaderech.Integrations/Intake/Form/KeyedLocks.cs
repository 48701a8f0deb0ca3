namespace AmtzaHaderech.Integrations.Intake.Form;

/// Serializes work on one key within this instance (a double click arrives as two requests at
/// once; the second must see the first's outcome and be a `duplicate`). Striped, so memory is
/// fixed; two keys sharing a stripe merely wait for each other.
internal sealed class KeyedLocks
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<T> RunAsync<T>(string key, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            stripe.Release();
        }
    }
}
