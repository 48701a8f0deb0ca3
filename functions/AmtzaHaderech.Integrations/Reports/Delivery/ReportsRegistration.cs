using AmtzaHaderech.Integrations.Reports.Evaluation;
using AmtzaHaderech.Integrations.Teams;
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
        services.AddTeamsDelivery();
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
