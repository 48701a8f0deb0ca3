using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Intake.Occupations;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.Intake;

internal static class IntakeRegistration
{
    /// The intake channel: the online form, the exports of forms filled elsewhere (the same
    /// questions, arriving as files), and the occupation search both use.
    public static IServiceCollection AddIntake(this IServiceCollection services) =>
        services.AddOccupations().AddIntakeForm().AddIntakeExports();
}
