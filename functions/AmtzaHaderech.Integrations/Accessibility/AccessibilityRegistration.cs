using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmtzaHaderech.Integrations.Accessibility;

internal static class AccessibilityRegistration
{
    /// The accessibility statement every page links to. Safe to call more than once.
    public static IServiceCollection AddAccessibilityStatement(this IServiceCollection services)
    {
        services.TryAddSingleton<AccessibilityStatement>();
        return services;
    }
}
