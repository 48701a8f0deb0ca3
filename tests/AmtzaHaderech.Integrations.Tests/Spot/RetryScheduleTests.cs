using AmtzaHaderech.Integrations.Spot.Outbox;

namespace AmtzaHaderech.Integrations.Tests.Spot;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    [Fact]
    public void Next_RetryAfterGiven_IsExactlyThat()
    {
        Assert.Equal(Now.AddSeconds(300), RetrySchedule.Next(Now, 7, TimeSpan.FromSeconds(300), First, Longest));
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(1, 120)]
    [InlineData(3, 480)]
    [InlineData(12, 3600)]
    [InlineData(1000, 3600)]
    public void Next_NoRetryAfter_DoublesUpToTheLongestWithinTwentyPercent(int attempts, double seconds)
    {
        var random = new Random(attempts);
        for (var i = 0; i < 50; i++)
        {
            var wait = (RetrySchedule.Next(Now, attempts, null, First, Longest, random) - Now).TotalSeconds;
            Assert.InRange(wait, seconds * 0.8, seconds * 1.2);
        }
    }
}
