using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Storage;
using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations;

/// The one registration both hosts (the Functions app and the `amtza` CLI) call.
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
        services.AddOptions<ScreeningOptions>().BindConfiguration(ScreeningOptions.Section);

        var storage = builder.Configuration.GetSection(StorageNames.Connection);
        services.AddAzureClients(clients =>
        {
            clients.AddTableServiceClient(storage);
            clients.AddBlobServiceClient(storage);
            clients.AddQueueServiceClient(storage);
            clients.UseCredential(new DefaultAzureCredential());
        });
        services.AddSingleton<HubStorage>();

        foreach (var module in Modules) module(services);
        return builder;
    }

    // Each capability registers its own services; the list reads as the hub's table of contents.
    private static readonly Action<IServiceCollection>[] Modules =
    [
        AddReferralPipeline,
        AddEmploymentService,
        AddFollowUps,
    ];

    private static void AddReferralPipeline(IServiceCollection services)
    {
        services.AddSingleton<IdentityKeys>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<SpotMirrorStore>();
        services.AddSingleton<SpotExportImporter>();
        services.AddSingleton<SpotStoreReader>();
        services.AddSingleton<IntakeLedger>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<Quarantine>();
        services.AddSingleton<CenterDirectory>();
        services.AddSingleton<Screener>();
        services.AddSingleton<ReferralPipeline>();
    }

    private static void AddEmploymentService(IServiceCollection services)
    {
        services.AddSingleton<FeedbackEvents>();
        services.AddSingleton<IReferralObserver>(sp => sp.GetRequiredService<FeedbackEvents>());
        services.AddSingleton<FeedbackFileWriter>();
        services.AddSingleton<EmploymentServiceImporter>();
    }

    private static void AddFollowUps(IServiceCollection services)
    {
        AddValidatedOptions<QuietTimesOptions>(services, QuietTimesOptions.Section);
        services.AddSingleton<JewishHolidays>();
        services.AddSingleton<QuietTimes>();
        AddValidatedOptions<FollowUpsOptions>(services, FollowUpsOptions.Section);
        services.AddSingleton<FollowUpPlanner>();
    }

    private static void AddValidatedOptions<T>(IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
