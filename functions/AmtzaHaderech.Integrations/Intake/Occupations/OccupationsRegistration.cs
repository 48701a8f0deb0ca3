using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Intake.Occupations;

internal static class OccupationsRegistration
{
    /// Binds `Occupations` and registers the search as a singleton, built on first use from the
    /// shipped list plus the configured extra file.
    public static IServiceCollection AddOccupations(this IServiceCollection services)
    {
        services.AddOptions<OccupationsOptions>().BindConfiguration(OccupationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => OccupationSearch.Create(sp.GetRequiredService<IOptions<OccupationsOptions>>().Value.ExtraListPath));
        return services;
    }
}
