using System.ComponentModel.DataAnnotations;

namespace AmtzaHaderech.Integrations.Facebook;

/// Section `Facebook` (docs/facebook.md). The three secrets are not required at start, so the
/// other channels and the CLI run where Facebook is not set up: without them the webhook refuses
/// every call (403 / 401) and lead fetching stays pending with an alert.
public sealed class FacebookOptions
{
    public const string Section = "Facebook";

    /// Keys the HMAC of `X-Hub-Signature-256` (Meta App Dashboard, App settings > Basic).
    public string AppSecret { get; set; } = "";

    /// What Facebook echoes in `hub.verify_token` when it (re)verifies the callback URL.
    public string VerifyToken { get; set; } = "";

    /// The Page access token that reads leads (`leads_retrieval`).
    public string PageAccessToken { get; set; } = "";

    [Required, Url]
    public string GraphBaseUrl { get; set; } = "https://graph.facebook.com";

    [Required, RegularExpression(@"^v\d+\.\d+$")]
    public string ApiVersion { get; set; } = "v24.0";

    /// Per `form_id`: the field mapping, the center and the consent checkbox. A form not listed
    /// still imports its standard fields; reconciliation lists only the forms listed here.
    public Dictionary<string, FacebookFormOptions> Forms { get; set; } = [];

    /// How far back the first reconciliation of a form looks (Facebook keeps leads 90 days).
    [Range(1, 90)]
    public int ReconcileLookbackDays { get; set; } = 7;

    /// Queue retries of a lead Graph throttled or failed; after these the lead waits, pending,
    /// for the hourly reconciliation.
    [Range(1, 50)]
    public int MaxFetchAttempts { get; set; } = 8;

    /// Leadgen notifications one webhook delivery may carry. Meta batches at most 1,000 changes
    /// per delivery, so no genuine delivery is refused; a signed body over this is answered 200
    /// and refused whole (log event 4105), and the hourly reconciliation lists the forms' leads.
    [Range(1, 10_000)]
    public int MaxNotificationsPerDelivery { get; set; } = 1000;
}

public sealed class FacebookFormOptions
{
    public const string FromCity = "fromCity";

    public string Name { get; set; } = "";

    /// A center id, or `fromCity`: the center serving the lead's city.
    public string Center { get; set; } = FromCity;

    /// `field_data` name (or export column) -> canonical field; added to the standard names.
    public Dictionary<string, string> FieldMap { get; set; } = [];

    /// The `checkbox_key` of `custom_disclaimer_responses` that is the consent to be contacted.
    public string? ConsentCheckbox { get; set; }

    /// Formats of dates in this form's answers; default ISO and Facebook's MM/dd/yyyy.
    public List<string> DateFormats { get; set; } = [];
}
