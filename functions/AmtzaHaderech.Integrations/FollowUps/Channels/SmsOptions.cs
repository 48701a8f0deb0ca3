using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// Section `Sms`: the SMS provider speaking docs/follow-ups.md's generic protocol. Unset (no BaseUrl),
/// SMS goes to the local outbox when there is one, or waits.
public sealed class SmsOptions : IValidatableObject
{
    public const string Section = "Sms";

    public string? BaseUrl { get; set; }

    /// The provider's API key (Key Vault in Azure), sent as `Authorization: Bearer`.
    public string? ApiKey { get; set; }

    /// The sender name shown on the phone (providers allow up to 11 Latin letters and digits).
    [RegularExpression("^[A-Za-z0-9]{1,11}$")]
    public string Sender { get; set; } = "AmtzaDerech";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured) yield break;
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out _))
            yield return new ValidationResult("Sms:BaseUrl must be an absolute URL.", [nameof(BaseUrl)]);
        if (string.IsNullOrWhiteSpace(ApiKey))
            yield return new ValidationResult("Sms:ApiKey is required when Sms:BaseUrl is set.", [nameof(ApiKey)]);
    }
}
