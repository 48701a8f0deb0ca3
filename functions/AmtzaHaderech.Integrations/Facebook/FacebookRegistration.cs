using AmtzaHaderech.Integrations.Facebook.Export;
using AmtzaHaderech.Integrations.Facebook.Graph;
using AmtzaHaderech.Integrations.Facebook.Leads;
using AmtzaHaderech.Integrations.Facebook.Reconciliation;
using AmtzaHaderech.Integrations.Facebook.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Facebook;

internal static class FacebookRegistration
{
    /// The Facebook Lead Ads channel: options (section `Facebook`), the webhook, the Graph
    /// client, lead fetching, reconciliation and the Leads Center export import.
    public static IServiceCollection AddFacebook(this IServiceCollection services)
    {
        services.AddOptions<FacebookOptions>().BindConfiguration(FacebookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<FacebookOptions>, FacebookOptionsValidator>();

        // The client lives in singletons: its handler is never rotated, so connections are
        // recycled instead and DNS changes are still seen. Its URLs carry the page token
        // (access_token, appsecret_proof), so no request is logged: .NET hides a logged query only
        // while System.Net.Http.DisableUriRedaction is off. The fetcher logs ids and error codes.
        services.AddHttpClient<FacebookGraphClient>()
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(resilience =>
            {
                // In-place retries only for 5xx and timeouts; throttling is deferred by the caller.
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.Delay = TimeSpan.FromSeconds(1);
            });

        services.AddSingleton<FacebookWebhook>();
        services.AddSingleton<WebhookDeliveries>();
        services.AddSingleton<FacebookLeadStore>();
        services.AddSingleton<FacebookLeadQueue>();
        services.AddSingleton<FacebookLeadMapper>();
        services.AddSingleton<FacebookLeadImporter>();
        services.AddSingleton<FacebookLeadFetcher>();
        services.AddSingleton<FetchFacebookLeadHandler>();
        services.AddSingleton<FacebookReconciler>();
        services.AddSingleton<FacebookLeadsExportImporter>();
        return services;
    }
}
