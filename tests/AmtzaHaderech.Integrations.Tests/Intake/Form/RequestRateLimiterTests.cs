using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed class RequestRateLimiterTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_OverThePermits_RefusedUntilTheWindowEnds()
    {
        var limiter = new RequestRateLimiter(2, TimeSpan.FromMinutes(10), clock);

        Assert.True(limiter.TryAcquire("a").Allowed);
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(limiter.TryAcquire("a").Allowed);
        var refused = limiter.TryAcquire("a");
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromMinutes(6), refused.RetryAfter);
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True(limiter.TryAcquire("a").Allowed);
    }

    [Fact]
    public void TryAcquire_AnotherAddress_CountedApart()
    {
        var limiter = new RequestRateLimiter(1, TimeSpan.FromMinutes(10), clock);

        Assert.True(limiter.TryAcquire("a").Allowed);
        Assert.False(limiter.TryAcquire("a").Allowed);
        Assert.True(limiter.TryAcquire("b").Allowed);
    }
}
