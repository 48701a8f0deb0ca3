using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

/// Options that never change, for services that read IOptionsMonitor.
internal sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
