using AmtzaHaderech.Integrations.Accessibility;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.FollowUps;
using AmtzaHaderech.Integrations.Intake;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Storage;
using AmtzaHaderech.Integrations.Teams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations;

/// The one registration both hosts (the Functions app and the `amtza` CLI) call: the hub's own
/// settings, then each folder's registration, in one list.
public static class HubRegistration
{
    private const string DefaultsResource = "AmtzaHaderech.Integrations.Data.appsettings.defaults.json";

    public static IHostApplicationBuilder AddIntegrationsHub(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Working defaults (the centers, screening thresholds, profiles) under every other source.
        builder.Configuration.Sources.Insert(0, new JsonStreamConfigurationSource
        {
            Stream = typeof(HubRegistration).Assembly.GetManifestResourceStream(DefaultsResource)!,
        });
        services.TryAddSingleton(TimeProvider.System);

        AddValidatedOptions<HubOptions>(services, HubOptions.Section);
        AddValidatedOptions<CentersOptions>(services, CentersOptions.Section);
        AddValidatedOptions<AccessibilityOptions>(services, AccessibilityOptions.Section);
        services.AddSingleton<CenterDirectory>();
        services.AddSingleton<Localizer>();
        services.AddHubStorage(builder.Configuration.GetSection(StorageNames.Connection));

        foreach (var module in Modules) module(services);
        return builder;
    }

    // Each folder registers its own services; the list reads as the hub's table of contents.
    // Observers of the pipeline are told in this order (the Employment Service's feedback, then
    // the follow-ups' conference invitations).
    private static readonly Action<IServiceCollection>[] Modules =
    [
        services => services.AddParticipants(),
        services => services.AddSpotMirror(),
        services => services.AddReferralPipeline(),
        services => services.AddEmploymentService(),
        services => services.AddFacebook(),
        services => services.AddIntake(),
        services => services.AddAccessibilityStatement(),
        services => services.AddMunicipalLists(),
        services => services.AddTeamsDelivery(),
        services => services.AddReportDelivery(),
        services => services.AddFollowUps(),
        services => services.AddSpotSync(),
    ];

    private static void AddValidatedOptions<T>(IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
