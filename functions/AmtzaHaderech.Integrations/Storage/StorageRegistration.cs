using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Storage;

internal static class StorageRegistration
{
    /// The storage account's clients, the hub's names over them (HubStorage) and the poison watch.
    /// `Storage` is a connection string locally; in Azure it is the identity-based form the
    /// Functions triggers use too (`Storage__blobServiceUri`, `__queueServiceUri`,
    /// `__tableServiceUri`, with the managed identity named by AZURE_CLIENT_ID).
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfigurationSection storage)
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
        services.AddSingleton<HubStorage>();
        services.AddSingleton<PoisonQueueWatch>();
        return services;
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
}
