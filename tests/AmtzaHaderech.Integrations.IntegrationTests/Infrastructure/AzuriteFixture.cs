using AmtzaHaderech.Integrations.Cli.Local;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// One in-memory Azurite for the whole collection; tests isolate themselves with a storage name
/// prefix of their own (Hub:StorageNamePrefix).
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? _azurite;

    public string ConnectionString => _azurite!.Instance.ConnectionString;

    public async Task InitializeAsync() => _azurite = await Azurite.InMemoryAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];
}

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "storage";
}
