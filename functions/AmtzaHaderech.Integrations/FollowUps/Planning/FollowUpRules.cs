namespace AmtzaHaderech.Integrations.FollowUps.Planning;

/// The `rule` and `status` codes of the plan (docs/follow-ups.md).
public static class FollowUpRules
{
    public const string Retention = "retention";
    public const string Quarterly = "quarterly";
    public const string Conference = "conference";
    public const string Meeting = "meeting";
    public const string Exit = "exit";
    /// The invitation to the center's workshops of the next weeks (docs/workshops.md).
    public const string Workshop = "workshop";
    /// A reminder of a workshop the person signed up for.
    public const string WorkshopReminder = "workshop_reminder";
    /// A seat freed by a cancellation, offered to the first person waiting.
    public const string WorkshopOffer = "workshop_offer";
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
