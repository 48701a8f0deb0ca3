using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Rows;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.EmploymentService;

internal static class EmploymentServiceRegistration
{
    /// The bureau's referral files (read whole, or in chunks from the `referrals` queue) and the
    /// feedback file: the status changes the pipeline reports, and the placements found in SPOT.
    public static IServiceCollection AddEmploymentService(this IServiceCollection services)
    {
        services.AddSingleton<FeedbackEvents>();
        services.AddSingleton<IReferralObserver>(sp => sp.GetRequiredService<FeedbackEvents>());
        services.AddSingleton<PlacementFeedback>();
        services.AddSingleton<FeedbackFileWriter>();
        services.AddSingleton<EmploymentServiceImporter>();
        services.AddSingleton<IChunkImporter>(sp => sp.GetRequiredService<EmploymentServiceImporter>());
        return services;
    }
}
