using AmtzaHaderech.Integrations.Common;
using AmtzaHaderech.Integrations.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

/// The hub's real services over the test Azurite, with a prefix of its own and a fake clock.
public sealed class TestHub : IAsyncDisposable
{
    private readonly IHost _host;

    private TestHub(IHost host, string prefix, FakeTimeProvider clock)
    {
        _host = host;
        Prefix = prefix;
        Clock = clock;
    }

    public string Prefix { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _host.Services;
    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<TestHub> StartAsync(
        AzuriteFixture azurite, DateOnly today, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        string? prefix = null)
    {
        // A prefix of its own, unless the test runs several hubs (instances) over one store.
        prefix ??= AzuriteFixture.NewPrefix();
        var clock = new FakeTimeProvider(IsraelTime.At(today, new TimeOnly(9, 0)));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        AddHub(builder, azurite, prefix, clock, settings);
        // After the hub's registration, so a test's replacement (a fake credential) wins.
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<HubStorage>().EnsureCreatedAsync();
        return new TestHub(host, prefix, clock);
    }

    /// The hub's services on any host builder: the test Azurite under a prefix, a fixed identity
    /// key, the fake clock, then the test's own settings.
    public static void AddHub(IHostApplicationBuilder builder, AzuriteFixture azurite, string prefix, TimeProvider clock, Dictionary<string, string?>? settings)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageNames.Connection] = azurite.ConnectionString,
            ["Hub:IdentityKeySecret"] = "integration-tests-identity-key-0123456789abcdef",
            ["Hub:StorageNamePrefix"] = prefix,
            ["FollowUps:LinkSigningKey"] = "integration-tests-link-signing-key-0123456789abcdef",
            ["FollowUps:PublicBaseUrl"] = "https://amtza.test",
            // The fakes answer at once, but a loaded machine may take seconds: no attempt of the
            // follow-ups' HTTP calls may time out for that (a retry would send a message twice).
            ["FollowUps:HttpAttemptTimeout"] = "00:10:00",
            ["FollowUps:HttpCallTimeout"] = "00:20:00",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(clock);
        builder.AddIntegrationsHub();
    }

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
