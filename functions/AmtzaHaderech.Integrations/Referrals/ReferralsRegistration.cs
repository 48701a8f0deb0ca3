using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Referrals.Rows;
using AmtzaHaderech.Integrations.Referrals.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.Referrals;

internal static class ReferralsRegistration
{
    /// The one pipeline every channel's records go through: the ledger, review, quarantine,
    /// screening (its thresholds validated at start), the person's writer, the rows of a file and
    /// its chunks.
    public static IServiceCollection AddReferralPipeline(this IServiceCollection services)
    {
        services.AddOptions<ScreeningOptions>().BindConfiguration(ScreeningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IntakeLedger>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<ReviewDecisions>();
        services.AddSingleton<Quarantine>();
        services.AddSingleton<Screener>();
        services.AddSingleton<PersonWriter>();
        services.AddSingleton<ReferralPipeline>();
        services.AddSingleton<FileRows>();
        services.AddSingleton<ChunkedFiles>();
        services.AddSingleton<ChunkRouter>();
        return services;
    }
}
