using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Teams;

internal static class TeamsRegistration
{
    /// Files into Teams channels through Microsoft Graph, and cards on their Workflows webhooks
    /// (section `Reports`, validated at start): the monthly reports and the follow-ups' call
    /// lists both go this way. Safe to call more than once.
    public static IServiceCollection AddTeamsDelivery(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(TeamsFiles))) return services;
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ReportsOptions>>().Value;
            // In Azure: the app's managed identity (AZURE_CLIENT_ID). On a developer's machine: their own sign-in.
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = options.TenantId });
            return new GraphTokenProvider(credential, new Uri(options.GraphBaseUrl));
        });
        services.AddSingleton<TeamsFiles>();
        // No HttpClient logging: the webhook URL carries its signature and must never reach a log.
        services.AddHttpClient<TeamsWebhookClient>().RemoveAllLoggers().AddStandardResilienceHandler();
        return services;
    }
}
