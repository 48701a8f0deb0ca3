using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.Participants;

internal static class ParticipantsRegistration
{
    /// The people the hub knows and the index of their national IDs, phones and e-mails.
    public static IServiceCollection AddParticipants(this IServiceCollection services)
    {
        services.AddSingleton<IdentityKeys>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<IdentityClaims>();
        return services;
    }
}
