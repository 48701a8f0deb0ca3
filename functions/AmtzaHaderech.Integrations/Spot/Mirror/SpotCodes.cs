namespace AmtzaHaderech.Integrations.Spot.Mirror;

/// The code lists of docs/spot.md, in the contract's order. Values outside them are kept as given.
public static class SpotCodes
{
    public static readonly IReadOnlyList<string> RecruitmentSources =
        ["employment_service", "friend", "employment_center", "social_media", "municipal", "other"];

    public static readonly IReadOnlyList<string> ExitReasons =
        ["found_work", "non_cooperation", "max_duration", "referred_elsewhere", "other"];

    public static readonly IReadOnlyList<string> ActivityTypes =
        ["meeting", "phone", "email", "sms", "workshop", "event", "status_update", "message_sent"];

    public const string FoundViaSelf = "self";
    public const string FoundViaProgram = "program";

    public const string Meeting = "meeting";
    public const string Workshop = "workshop";
    public const string Event = "event";
    public const string MessageSent = "message_sent";
}
