using AmtzaHaderech.Integrations.FollowUps.Messages;

namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// A way to deliver messages (SMS or e-mail). `SendAsync` returns what is known for certain:
/// `Sent`, `Rejected` (refused for good: never retry), or `Failed` (not accepted: retry later).
/// An exception means the outcome is unknown (a timeout, a crash): the message is in doubt.
public interface IMessageChannel
{
    /// `sms` or `email` (FollowUpChannels).
    string Channel { get; }

    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default);
}

public enum SendStatus { Sent, Rejected, Failed }

/// `ProviderId`: the provider's id of the message (or the outbox file), when sent; `Error`: why not.
public sealed record SendResult(SendStatus Status, string? ProviderId = null, string? Error = null)
{
    public static SendResult Sent(string? providerId) => new(SendStatus.Sent, providerId);
    public static SendResult Rejected(string error) => new(SendStatus.Rejected, Error: error);
    public static SendResult Failed(string error) => new(SendStatus.Failed, Error: error);
}
