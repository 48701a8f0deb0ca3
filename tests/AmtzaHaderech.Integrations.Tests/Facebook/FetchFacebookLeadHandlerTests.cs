using AmtzaHaderech.Integrations.Facebook;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

public sealed class FetchFacebookLeadHandlerTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 8)]
    [InlineData(9, 60)]
    [InlineData(40, 60)]
    public void Delay_Attempt_DoublesUpToAnHourWithJitter(int attempt, int minutes)
    {
        var delay = FetchFacebookLeadHandler.Delay(attempt, null);

        Assert.InRange(delay, TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(minutes * 1.2));
    }

    [Fact]
    public void Delay_GraphAsksLonger_WaitsAtLeastThat() =>
        Assert.InRange(FetchFacebookLeadHandler.Delay(0, TimeSpan.FromMinutes(5)), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6));
}
