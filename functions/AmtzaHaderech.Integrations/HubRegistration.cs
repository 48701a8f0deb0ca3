using AmtzaHaderech.Integrations.Configuration;
using AmtzaHaderech.Integrations.Storage;
using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AmtzaHaderech.Integrations;

/// The one registration both hosts (the Functions app and the `amtza` CLI) call.
public static class HubRegistration
{
    public static IHostApplicationBuilder AddIntegrationsHub(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
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
    ];

    private static void AddValidatedOptions<T>(IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
