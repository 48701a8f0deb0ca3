using AmtzaHaderech.Integrations.Tabular;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Exports;

internal static class IntakeExportRegistration
{
    /// Binds `Intake` (profiles validated at start) and registers the export importer. Safe to
    /// call more than once.
    public static IServiceCollection AddIntakeExports(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IntakeExportImporter))) return services;
        services.AddOptions<IntakeExportOptions>().BindConfiguration(IntakeExportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IntakeExportOptions>, IntakeExportOptionsValidator>();
        services.TryAddSingleton<ProfiledSheetImport>();
        services.AddSingleton<IntakeExportImporter>();
        return services;
    }
}
