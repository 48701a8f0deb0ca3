using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.FollowUps.Sending;

/// One send, its failure turned into what is known about it; log lines carry the item key only.
internal static partial class Delivery
{
    /// The provider's result, or null when the outcome is unknown (a timeout, a lost answer).
    public static async Task<SendResult?> SendAsync(RunContext run, IMessageChannel channel, OutgoingMessage message, ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            var result = await channel.SendAsync(message, cancellationToken);
            if (result.Status == SendStatus.Failed) run.Down(channel.Channel);
            if (result.Status != SendStatus.Sent) LogNotSent(logger, message.Reference, channel.Channel, result.Status, result.Error);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            run.Down(channel.Channel);
            LogInDoubt(logger, e, message.Reference, channel.Channel);
            return null;
        }
    }

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Follow-up message {Reference} not sent on {Channel}: {Status} ({Error})")]
    private static partial void LogNotSent(ILogger logger, string reference, string channel, SendStatus status, string? error);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Error, Message = "Follow-up message {Reference} in doubt on {Channel}: the provider's answer was lost")]
    private static partial void LogInDoubt(ILogger logger, Exception exception, string reference, string channel);
}
