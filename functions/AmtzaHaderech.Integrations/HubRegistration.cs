using AmtzaHaderech.Integrations.Accessibility;
using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.EmploymentService;
using AmtzaHaderech.Integrations.Facebook;
using AmtzaHaderech.Integrations.FollowUps;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.Intake.Exports;
using AmtzaHaderech.Integrations.Intake.Form;
using AmtzaHaderech.Integrations.Intake.Occupations;
using AmtzaHaderech.Integrations.Localization;
using AmtzaHaderech.Integrations.Municipal;
using AmtzaHaderech.Integrations.Participants;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Referrals.Rows;
using AmtzaHaderech.Integrations.Referrals.Screening;
using AmtzaHaderech.Integrations.Reports.Delivery;
using AmtzaHaderech.Integrations.Spot;
using AmtzaHaderech.Integrations.Spot.Export;
using AmtzaHaderech.Integrations.Spot.Mirror;
using AmtzaHaderech.Integrations.Storage;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
        AddValidatedOptions<AccessibilityOptions>(services, AccessibilityOptions.Section);
        services.AddSingleton<Localizer>();
        services.AddOptions<ScreeningOptions>().BindConfiguration(ScreeningOptions.Section);

        AddStorageClients(services, builder.Configuration.GetSection(StorageNames.Connection));
        services.AddSingleton<HubStorage>();
        services.AddSingleton<PoisonQueueWatch>();

        foreach (var module in Modules) module(services);
        return builder;
    }

    // Each capability registers its own services; the list reads as the hub's table of contents.
    private static readonly Action<IServiceCollection>[] Modules =
    [
        AddReferralPipeline,
        AddEmploymentService,
        services => services.AddFacebook(),
        AddFollowUps,
        services => services.AddOccupations(),
        services => services.AddIntakeForm(),
        services => services.AddIntakeExports(),
        services => services.AddAccessibilityStatement(),
        services => services.AddMunicipalLists(),
        services => services.AddReportDelivery(),
        services => services.AddFollowUps(),
        services => services.AddSpotSync(),
    ];

    private static void AddReferralPipeline(IServiceCollection services)
    {
        services.AddSingleton<IdentityKeys>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<IdentityClaims>();
        services.AddSingleton<SpotMirrorStore>();
        services.AddSingleton<SpotExportImporter>();
        services.AddSingleton<SpotMirrorChanges>();
        services.AddSingleton<SpotMirrorCopy>();
        services.AddSingleton<SpotStoreReader>();
        services.AddSingleton<IntakeLedger>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<ReviewDecisions>();
        services.AddSingleton<Quarantine>();
        services.AddSingleton<CenterDirectory>();
        services.AddSingleton<Screener>();
        services.AddSingleton<PersonWriter>();
        services.AddSingleton<ReferralPipeline>();
        services.AddSingleton<FileRows>();
        services.AddSingleton<ChunkedFiles>();
        services.AddSingleton<ChunkRouter>();
    }

    private static void AddEmploymentService(IServiceCollection services)
    {
        services.AddSingleton<FeedbackEvents>();
        services.AddSingleton<IReferralObserver>(sp => sp.GetRequiredService<FeedbackEvents>());
        services.AddSingleton<PlacementFeedback>();
        services.AddSingleton<FeedbackFileWriter>();
        services.AddSingleton<EmploymentServiceImporter>();
        services.AddSingleton<IChunkImporter>(sp => sp.GetRequiredService<EmploymentServiceImporter>());
    }

    private static void AddFollowUps(IServiceCollection services)
    {
        AddValidatedOptions<QuietTimesOptions>(services, QuietTimesOptions.Section);
        services.AddSingleton<JewishHolidays>();
        services.AddSingleton<QuietTimes>();
        AddValidatedOptions<FollowUpsOptions>(services, FollowUpsOptions.Section);
        services.AddSingleton<FollowUpPlanner>();
    }

    /// `Storage` is a connection string locally; in Azure it is the identity-based form the
    /// Functions triggers use too (`Storage__blobServiceUri`, `__queueServiceUri`,
    /// `__tableServiceUri`, with the managed identity named by AZURE_CLIENT_ID).
    private static void AddStorageClients(IServiceCollection services, IConfigurationSection storage)
    {
        var credential = new DefaultAzureCredential();
        services.AddSingleton(sp => storage.Value is { Length: > 0 } connection
            ? new TableServiceClient(connection, Configured(sp, new TableClientOptions()))
            : new TableServiceClient(RequiredUri(storage, "tableServiceUri"), credential, Configured(sp, new TableClientOptions())));
        services.AddSingleton(sp => storage.Value is { Length: > 0 } connection
            ? new BlobServiceClient(connection, Configured(sp, new BlobClientOptions()))
            : new BlobServiceClient(RequiredUri(storage, "blobServiceUri"), credential, Configured(sp, new BlobClientOptions())));
        services.AddSingleton(sp => storage.Value is { Length: > 0 } connection
            ? new QueueServiceClient(connection, Configured(sp, new QueueClientOptions()))
            : new QueueServiceClient(RequiredUri(storage, "queueServiceUri"), credential, Configured(sp, new QueueClientOptions())));
    }

    // The SDK's options have no parameterless constructor, so IOptions<T> cannot make them; a
    // host still adjusts them with services.ConfigureAll<T> (the benchmarks count calls so).
    private static T Configured<T>(IServiceProvider services, T options) where T : class
    {
        foreach (var configure in services.GetServices<IConfigureOptions<T>>()) configure.Configure(options);
        return options;
    }

    private static Uri RequiredUri(IConfigurationSection storage, string key) =>
        Uri.TryCreate(storage[key], UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"Setting {storage.Path}__{key} (or a {storage.Path} connection string) is required.");

    private static void AddValidatedOptions<T>(IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
