using System.Net;
using AmtzaHaderech.Integrations.Functions;
using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.IntegrationTests.Functions;

/// Whose word the Functions app takes for a client's address: the Functions host's, on loopback.
public sealed class FunctionsFrontEndTests
{
    private static IntakeFormOptions Options(params string[] configured)
    {
        var services = new ServiceCollection();
        services.AddOptions<IntakeFormOptions>().Configure(o => o.TrustedFrontEnds.AddRange(configured));
        services.AddFunctionsFrontEnd();
        return services.BuildServiceProvider().GetRequiredService<IOptions<IntakeFormOptions>>().Value;
    }

    [Fact]
    public void AddFunctionsFrontEnd_NothingConfigured_TrustsTheHostOnLoopback()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Request.Headers["X-Forwarded-For"] = "198.51.100.1, 203.0.113.7:50432";

        Assert.Equal(FunctionsFrontEnd.FunctionsHost, Options().TrustedFrontEnds);
        Assert.Equal("203.0.113.7", ClientAddress.Of(context.Request, Options().TrustedFrontEnds));
    }

    [Fact]
    public void AddFunctionsFrontEnd_FrontEndsConfigured_KeepsThem() =>
        Assert.Equal(["10.1.0.0/16"], Options("10.1.0.0/16").TrustedFrontEnds);
}
