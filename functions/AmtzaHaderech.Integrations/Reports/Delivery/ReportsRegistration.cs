using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Teams;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Reports.Delivery;

public static class ReportsRegistration
{
    /// The monthly report jobs and their delivery: to Teams through Graph when `Reports:Teams`
    /// has a channel, else to `Reports:LocalFolder`; with neither, Graph's delivery answers
    /// `no_channel` for every report (and logs it) without calling anything.
    public static IServiceCollection AddReportDelivery(this IServiceCollection services)
    {
        // Idempotent: a host may call it before the hub's registration does.
        if (services.Any(d => d.ServiceType == typeof(ProgramReportJob))) return services;
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
        services.AddTransient<GraphReportDelivery>();
        services.AddTransient<IReportDelivery>(sp => sp.GetRequiredService<IOptions<ReportsOptions>>().Value is { UsesLocalFolder: true } options
            ? new LocalFolderDelivery(options.LocalFolder!, sp.GetRequiredService<ILogger<LocalFolderDelivery>>())
            : sp.GetRequiredService<GraphReportDelivery>());
        services.AddTransient<ProgramReportJob>();
        services.AddTransient<CoordinatorReportsJob>();
        services.AddSingleton<ReferralFunnelReader>();
        services.AddTransient<EvaluationReportJob>();
        return services;
    }
}
