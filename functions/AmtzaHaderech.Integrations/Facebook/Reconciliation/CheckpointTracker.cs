namespace AmtzaHaderech.Integrations.Facebook.Reconciliation;

/// Where a form's checkpoint may move once a page of leads is stored: to a time up to which
/// every lead is stored. Graph lists newest first, so the leads of later pages are older and the
/// checkpoint moves after the last page; were a listing oldest first, it would move after each.
internal sealed class CheckpointTracker(long current)
{
    private long? _newest;
    private long? _last;
    private bool _ascending = true;
    private bool _rose;

    public long Current { get; private set; } = current;

    /// The new checkpoint to store after this page, or null to keep the one stored.
    public long? AfterPage(IEnumerable<long> createdTimes, bool lastPage)
    {
        foreach (var t in createdTimes)
        {
            if (_last is { } previous)
            {
                if (t < previous) _ascending = false;
                if (t > previous) _rose = true;
            }
            _last = t;
            _newest = _newest is { } n ? Math.Max(n, t) : t;
        }
        if (_newest is not { } newest) return null;
        // Mid-listing in ascending order, leads of the newest second may continue on the next page.
        long? safe = lastPage ? newest : _ascending && _rose ? newest - 1 : null;
        if (safe is not { } moved || moved <= Current) return null;
        Current = moved;
        return moved;
    }
}
