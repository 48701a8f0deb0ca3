using AmtzaHaderech.Integrations.Referrals;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace AmtzaHaderech.Integrations.Functions;

/// The worker's telemetry to Application Insights through OpenTelemetry: the hub's own metrics
/// (the `AmtzaHaderech.Integrations` meter: QuarantinedFiles, PoisonMessages,
/// FacebookTokenRefused, ...), which the alerts in infra/modules/alerts.bicep query, and the
/// worker's traces and logs. The host's own telemetry goes there without this.
public static class HubTelemetry
{
    public const string ConnectionSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// Does nothing without a connection string (a local run, a test host). Application Insights
    /// has local authentication off, so the exporter signs in with the app's managed identity
    /// (AZURE_CLIENT_ID), which holds Monitoring Metrics Publisher on it.
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[ConnectionSetting])) return services;
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithMetrics(metrics => metrics.AddMeter(Quarantine.MeterName))
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = configuration[ConnectionSetting];
                options.Credential = new DefaultAzureCredential();
            });
        return services;
    }
}
