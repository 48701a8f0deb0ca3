using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Teams;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// The report delivery wired to a Graph fake: settings for its channels, and a credential that
/// hands out the token the fake expects.
internal static class ReportsTesting
{
    public static Dictionary<string, string?> Settings(GraphFake graph, params (string Key, string TeamId, string ChannelId)[] channels)
    {
        var settings = new Dictionary<string, string?> { ["Reports:GraphBaseUrl"] = graph.GraphBaseUrl };
        foreach (var (key, team, channel) in channels)
        {
            settings[$"Reports:Teams:{key}:TeamId"] = team;
            settings[$"Reports:Teams:{key}:ChannelId"] = channel;
            settings[$"Reports:Teams:{key}:WebhookUrl"] = graph.WebhookUrl(key);
        }
        return settings;
    }

    public static Action<IServiceCollection> Services(GraphFake graph, string token = GraphFake.Token) => services =>
    {
        services.AddReportDelivery();
        services.AddSingleton(new GraphTokenProvider(new StaticCredential(token), new Uri(graph.GraphBaseUrl)));
    };

    /// Only the delivery services, no storage: for tests that bring their own workbook.
    public static IHost DeliveryHost(Dictionary<string, string?> settings, Action<IServiceCollection> services)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        services(builder.Services);
        return builder.Build();
    }

    private sealed class StaticCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
