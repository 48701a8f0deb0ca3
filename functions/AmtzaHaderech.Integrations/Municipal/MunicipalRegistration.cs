using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Municipal;

public static class MunicipalRegistration
{
    /// Binds `Municipal` (profiles validated at start) and registers the list importer.
    public static IServiceCollection AddMunicipalLists(this IServiceCollection services)
    {
        services.AddOptions<MunicipalOptions>().BindConfiguration(MunicipalOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MunicipalOptions>, MunicipalOptionsValidator>();
        services.AddSingleton<MunicipalImporter>();
        return services;
    }
}
