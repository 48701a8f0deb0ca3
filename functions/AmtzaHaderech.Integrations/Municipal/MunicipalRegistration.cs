using AmtzaHaderech.Integrations.Tabular;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Municipal;

internal static class MunicipalRegistration
{
    /// Binds `Municipal` (profiles validated at start) and registers the list importer.
    public static IServiceCollection AddMunicipalLists(this IServiceCollection services)
    {
        services.AddOptions<MunicipalOptions>().BindConfiguration(MunicipalOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MunicipalOptions>, MunicipalOptionsValidator>();
        services.TryAddSingleton<ProfiledSheetImport>();
        services.AddSingleton<MunicipalImporter>();
        return services;
    }
}
