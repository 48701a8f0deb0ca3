using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Spot;

/// Section `Spot`: how the hub talks to SPOT (docs/spot.md). `file` (the default) writes bulk-import
/// files for staff; `api` uses SPOT's REST interface and then needs the URLs and the client.
/// `Spot:Resilience` holds the HTTP strategies (HttpStandardResilienceOptions: Retry,
/// AttemptTimeout, TotalRequestTimeout, CircuitBreaker).
public sealed class SpotOptions : IValidatableObject
{
    public const string Section = "Spot";
    public const string ResilienceSection = "Spot:Resilience";
    public const string ModeApi = "api";
    public const string ModeFile = "file";

    [RegularExpression("^(api|file)$", ErrorMessage = "Spot:Mode must be 'api' or 'file'.")]
    public string Mode { get; set; } = ModeFile;

    public string BaseUrl { get; set; } = "";
    public string TokenUrl { get; set; } = "";
    public string ClientId { get; set; } = "";
    /// Key Vault in Azure (`spot-client-secret`).
    public string ClientSecret { get; set; } = "";
    public string Scope { get; set; } = "";

    /// Rows per page of the incremental pull (SPOT allows at most 500).
    [Range(1, 500)]
    public int PageSize { get; set; } = 200;

    /// Outbox backoff after a failed delivery: doubles from the first delay up to the longest,
    /// with jitter; SPOT's Retry-After, when given, is used instead.
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetryLongestDelay { get; set; } = TimeSpan.FromHours(1);

    /// A Retry-After shorter than this is waited inside the request; a longer one ends the
    /// attempt and the outbox tries the change again when SPOT said (zero: always the outbox).
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan LongestWaitInRequest { get; set; } = TimeSpan.FromSeconds(10);

    /// The access token is renewed this long before it expires.
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan TokenRenewBefore { get; set; } = TimeSpan.FromMinutes(1);

    /// Each pull asks for changes since the previous pull's start minus this, so a clock skew
    /// between SPOT and the hub loses nothing (a row pulled twice is recognised as unchanged).
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PullOverlap { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsApi => Mode == ModeApi;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsApi) yield break;
        foreach (var (name, value) in new[] { (nameof(BaseUrl), BaseUrl), (nameof(TokenUrl), TokenUrl) })
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
                yield return new ValidationResult($"Spot:{name} must be an absolute URL in api mode (setting Spot__{name}).", [name]);
        foreach (var (name, value) in new[] { (nameof(ClientId), ClientId), (nameof(ClientSecret), ClientSecret) })
            if (string.IsNullOrWhiteSpace(value))
                yield return new ValidationResult($"Spot:{name} is required in api mode (setting Spot__{name}).", [name]);
    }
}
