using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Trust;

namespace AmtzaHaderech.Integrations.Tests.Referrals.Trust;

public sealed class ChannelTrustTests
{
    [Theory]
    [InlineData(Sources.EmploymentService, TrustLevel.Trusted)]
    [InlineData(Sources.Municipal, TrustLevel.SemiTrusted)]
    [InlineData(Sources.Intake, TrustLevel.Claim)]
    [InlineData(Sources.Facebook, TrustLevel.Claim)]
    [InlineData("a_channel_added_later", TrustLevel.Claim)]
    public void Of_Channel_ItsTrust(string source, TrustLevel expected) =>
        Assert.Equal(expected, ChannelTrust.Of(source));
}
