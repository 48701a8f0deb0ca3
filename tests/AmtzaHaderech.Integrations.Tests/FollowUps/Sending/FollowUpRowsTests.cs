using AmtzaHaderech.Integrations.FollowUps.State;

namespace AmtzaHaderech.Integrations.Tests.FollowUps.Sending;

public class FollowUpRowsTests
{
    [Theory]
    [InlineData("P00700012|retention|E000123|6")]
    [InlineData("P1|quarterly||2026-11-22")]
    [InlineData("E/1#2?3\\4%5\t")]
    [InlineData("%0041")]
    public void Escape_AnyKey_IsAValidTableKeyAndRoundTrips(string key)
    {
        var escaped = FollowUpRows.Escape(key);

        Assert.DoesNotContain(escaped, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(key, FollowUpRows.Unescape(escaped));
    }
}
