using AmtzaHaderech.Integrations.Cli.Local;

namespace AmtzaHaderech.Integrations.Benchmarks.Runs;

/// Where each run's storage comes from. Measured runs get a fresh in-memory Azurite each, so
/// no run pays for the data another left in the emulator's heap. CI's tiny run measures
/// nothing, and shares one (Azurite takes about 10 s to stop) under separate name prefixes.
public sealed class Emulators(bool shared) : IAsyncDisposable
{
    private Azurite? _shared;

    public async Task<Lease> LeaseAsync(CancellationToken cancellationToken = default)
    {
        if (!shared) return new Lease(await Azurite.InMemoryAsync(cancellationToken), owned: true);
        _shared ??= await Azurite.InMemoryAsync(cancellationToken);
        return new Lease(_shared, owned: false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_shared is not null) await _shared.DisposeAsync();
    }

    public sealed class Lease(Azurite azurite, bool owned) : IAsyncDisposable
    {
        public string ConnectionString => azurite.Instance.ConnectionString;

        public async ValueTask DisposeAsync()
        {
            if (owned) await azurite.DisposeAsync();
        }
    }
}
