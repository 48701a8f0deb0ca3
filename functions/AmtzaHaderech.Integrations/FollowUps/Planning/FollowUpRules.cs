namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// The `rule` and `status` codes of the plan (docs/follow-ups.md).
public static class FollowUpRules
{
    public const string Retention = "retention";
    public const string Quarterly = "quarterly";
    public const string Conference = "conference";
    public const string Meeting = "meeting";
    public const string Exit = "exit";
}

public static class FollowUpStatuses
{
    public const string Due = "due";
    public const string Deferred = "deferred";
    public const string NoChannel = "no_channel";
    public const string Expired = "expired";
    public const string Sent = "sent";
}

public static class FollowUpChannels
{
    public const string Sms = "sms";
    public const string Email = "email";
    public const string None = "no_channel";
}
