using System.Net;
using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.Tests.Intake.Form;

public sealed class ClientAddressTests
{
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
    [InlineData("198.51.100.1, 203.0.113.7", "203.0.113.7")] // the client's own entry is not trusted
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("[2001:db8:1:2:3:4:5:6]:443", "2001:db8:1:2::/64")]
    [InlineData("garbage", "10.0.0.1")]
    public void Of_ForwardedHeader_RightmostEntry(string forwarded, string expected) =>
        Assert.Equal(expected, ClientAddress.Of(Request(forwarded), "X-Forwarded-For"));

    [Fact]
    public void Of_NoHeaderConfigured_TheConnection() =>
        Assert.Equal("10.0.0.1", ClientAddress.Of(Request("203.0.113.7"), ""));

    [Fact]
    public void Of_NoHeaderSent_TheConnection() =>
        Assert.Equal("10.0.0.1", ClientAddress.Of(Request(null), "X-Forwarded-For"));
}
