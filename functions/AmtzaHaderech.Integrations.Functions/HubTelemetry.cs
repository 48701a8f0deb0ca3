using AmtzaHaderech.Integrations.Telemetry;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AmtzaHaderech.Integrations.Functions;

/// The worker's telemetry to Application Insights through OpenTelemetry: the hub's own metrics
/// (the `AmtzaHaderech.Integrations` meter: QuarantinedFiles, PoisonMessages,
/// FacebookTokenRefused, ...), which the alerts in infra/modules/alerts.bicep query, and the
/// worker's traces and logs, each cleaned of tokens before the exporter sees it. The host's own
/// telemetry (its request rows) is cleaned where it lands: infra/modules/monitoring.bicep.
public static class HubTelemetry
{
    public const string ConnectionSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// ASP.NET Core's raw request lines are held back everywhere (they reach the host by the
    /// worker's own channel too). The export does nothing without a connection string (a local
    /// run, a test host). Application Insights has local authentication off, so the exporter
    /// signs in with the app's managed identity (AZURE_CLIENT_ID), which holds Monitoring Metrics
    /// Publisher on it.
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging(logging => logging.KeepTokensOutOfRequestLogs());
        if (string.IsNullOrWhiteSpace(configuration[ConnectionSetting])) return services;
        services.AddHubTelemetryPipeline().UseAzureMonitorExporter(options =>
        {
            options.ConnectionString = configuration[ConnectionSetting];
            options.Credential = new DefaultAzureCredential();
        });
        return services;
    }

    /// What is recorded, and the redaction every span and log record passes before any exporter
    /// added after it (the Azure Monitor exporter; a test's capture).
    public static IOpenTelemetryBuilder AddHubTelemetryPipeline(this IServiceCollection services) =>
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithMetrics(metrics => metrics.AddMeter(HubMeter.Name))
            .WithTracing(tracing => tracing.AddProcessor(new TokenRedactingSpanProcessor()))
            .WithLogging(logging => logging.AddProcessor(new TokenRedactingLogProcessor()));
}
