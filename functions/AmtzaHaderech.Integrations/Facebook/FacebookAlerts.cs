using Microsoft.Extensions.Logging;

namespace AmtzaHaderech.Integrations.Facebook;

/// The alert when Graph refuses the page token: one log event id (4110) and the
/// `FacebookTokenRefused` metric, whichever part of the hub met it.
internal static partial class FacebookAlerts
{
    public const int TokenRefusedEventId = 4110;

    public static void TokenRefused(ILogger logger, string where, string error)
    {
        FacebookMetrics.TokenRefused.Add(1, new KeyValuePair<string, object?>("Channel", "facebook"));
        LogTokenRefused(logger, where, error);
    }

    [LoggerMessage(EventId = TokenRefusedEventId, Level = LogLevel.Critical,
        Message = "ALERT Facebook page token refused by Graph ({Error}) at {Where}: leads stay pending and fetching stops until Facebook__PageAccessToken is renewed")]
    private static partial void LogTokenRefused(ILogger logger, string where, string error);
}
