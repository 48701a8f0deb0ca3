using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.FollowUps;

/// Section `FollowUps`, the sending side (docs/follow-ups.md): personal links, reminders and the
/// local outbox. The planning rules of the same section are in `FollowUpsOptions`.
public sealed class FollowUpSendingOptions : IValidatableObject
{
    public const string Section = "FollowUps";

    /// Key of the HMAC that signs the personal links (Key Vault in Azure). At least 32 characters.
    [Required, MinLength(32)]
    public string LinkSigningKey { get; set; } = "";

    /// Where participants open their links: `https://{host}`, no trailing path.
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "";

    /// A link works this many days after the message that carried it.
    [Range(1, 365)]
    public int LinkDays { get; set; } = 30;

    /// Days after a check-in was sent at which an unanswered one is reminded. Left unset, 4 and 10.
    public List<int>? ReminderDays { get; set; }

    /// Days after the check-in at which an unanswered one goes to the coordinator.
    [Range(1, 365)]
    public int EscalationDays { get; set; } = 14;

    /// A send claimed this long ago and never confirmed is in doubt (the sender crashed).
    [Range(1, 1440)]
    public int InDoubtAfterMinutes { get; set; } = 15;

    /// When set, messages of a channel with no provider configured (Graph, Sms) are written here
    /// as files instead: the demo and local runs. Unset in Azure, where such messages wait.
    public string? OutboxFolder { get; set; }

    /// The follow-ups' own HTTP calls (the SMS provider, the Teams webhook): one attempt gives up
    /// after `HttpAttemptTimeout`, a call with all its retries after `HttpCallTimeout`.
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan HttpAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:01", "02:00:00")]
    public TimeSpan HttpCallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<int> ReminderDaysOrDefaults() => ReminderDays ?? [4, 10];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var reminders = ReminderDaysOrDefaults();
        if (reminders.Any(d => d < 1) || !reminders.SequenceEqual(reminders.Order()))
            yield return new ValidationResult("ReminderDays must be positive and ascending.", [nameof(ReminderDays)]);
        if (reminders.Count > 0 && EscalationDays <= reminders[^1])
            yield return new ValidationResult("EscalationDays must come after the last reminder.", [nameof(EscalationDays)]);
        if (HttpCallTimeout <= HttpAttemptTimeout)
            yield return new ValidationResult("HttpCallTimeout must be longer than HttpAttemptTimeout.", [nameof(HttpCallTimeout)]);
    }
}
