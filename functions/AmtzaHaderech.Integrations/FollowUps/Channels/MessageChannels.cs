namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// The channel that delivers each kind of message in this host: the configured provider, else the
/// local outbox when one is configured, else none (messages of that kind wait).
public sealed class MessageChannels(IEnumerable<IMessageChannel> channels)
{
    private readonly Dictionary<string, IMessageChannel> _byName = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);

    public IMessageChannel? For(string channel) => _byName.GetValueOrDefault(channel);

    public IReadOnlyCollection<IMessageChannel> All => _byName.Values;
}
