using System.Net;
using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed class ClientAddressTests
{
    private static readonly string[] FrontEnd = ["10.0.0.1"];

    private static HttpRequest Request(string? forwarded, string remote = "10.0.0.1")
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwarded is not null) context.Request.Headers["X-Forwarded-For"] = forwarded;
        return context.Request;
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("203.0.113.7:51234", "203.0.113.7")]
    [InlineData("198.51.100.1, 203.0.113.7", "203.0.113.7")] // the client's own entry is not read
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("[2001:db8:1:2:3:4:5:6]:443", "2001:db8:1:2::/64")]
    [InlineData("garbage", "10.0.0.1")]
    public void Of_FromATrustedFrontEnd_TheRightmostForwardedEntry(string forwarded, string expected) =>
        Assert.Equal(expected, ClientAddress.Of(Request(forwarded), FrontEnd));

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("198.51.100.1, 203.0.113.7")]
    public void Of_NoFrontEndConfigured_TheConnectionWhateverTheHeaderSays(string forwarded) =>
        Assert.Equal("10.0.0.1", ClientAddress.Of(Request(forwarded), []));

    [Fact]
    public void Of_ConnectionNotFromTheFrontEnd_TheConnection() =>
        Assert.Equal("192.0.2.50", ClientAddress.Of(Request("203.0.113.7", remote: "192.0.2.50"), FrontEnd));

    [Fact]
    public void Of_NoHeaderSent_TheConnection() =>
        Assert.Equal("10.0.0.1", ClientAddress.Of(Request(null), FrontEnd));

    [Theory]
    [InlineData("198.51.100.1, 203.0.113.7, 127.0.0.1", "203.0.113.7")] // a loopback hop the platform added is skipped
    [InlineData("203.0.113.7, ::1", "203.0.113.7")]
    public void Of_FrontEndsInTheChain_TheRightmostEntryThatIsNoFrontEnd(string forwarded, string expected) =>
        Assert.Equal(expected, ClientAddress.Of(Request(forwarded, remote: "127.0.0.1"), ["127.0.0.0/8", "::1"]));

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("10.0.0.0/24", true)]
    [InlineData("::1", true)]
    [InlineData("2001:db8::/32", true)]
    [InlineData("front-door", false)]
    [InlineData("10.0.0.0/99", false)]
    public void Network_AddressOrCidr_ParsedOrNull(string text, bool parsed) =>
        Assert.Equal(parsed, ClientAddress.Network(text) is not null);

    [Fact]
    public void Options_TrustedFrontEndThatIsNoAddress_FailsValidationNamingIt()
    {
        var options = new IntakeFormOptions { TrustedFrontEnds = ["10.0.0.1", "front-door"] };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Equal("IntakeForm:TrustedFrontEnds: 'front-door' is no IP address or network", Assert.Single(errors).ErrorMessage);
    }
}
