namespace AmtzaHaderech.Integrations.Spot.Outbox;

/// When the outbox tries a change again after a failed attempt: when SPOT said (Retry-After),
/// else exponential backoff from the first delay up to the longest, with jitter of +-20% so that
/// changes that failed together do not all come back together.
internal static class RetrySchedule
{
    public static DateTimeOffset Next(DateTimeOffset now, int attemptsSoFar, TimeSpan? retryAfter, TimeSpan first, TimeSpan longest, Random? random = null)
    {
        if (retryAfter is { } wait && wait > TimeSpan.Zero) return now + wait;
        var doubled = first.TotalSeconds * Math.Pow(2, Math.Min(attemptsSoFar, 30));
        var seconds = Math.Min(doubled, longest.TotalSeconds) * (0.8 + 0.4 * (random ?? Random.Shared).NextDouble());
        return now + TimeSpan.FromSeconds(seconds);
    }
}
