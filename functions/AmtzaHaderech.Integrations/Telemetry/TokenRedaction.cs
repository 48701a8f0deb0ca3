using System.Text.RegularExpressions;

namespace AmtzaHaderech.Integrations.Telemetry;

/// Bearer values that travel in URLs, and the placeholders that replace them before anything is
/// logged or sent as telemetry: a personal link's token (`/s/`, `/r/`, `/w/`, `/u/`: 30 days of access
/// to a person's page), the short link that stands for one (`/l/{code}`) and secrets in query strings (Graph's access_token and appsecret_proof,
/// Facebook's hub.verify_token, a Functions key in `code`).
public static partial class TokenRedaction
{
    public const string TokenPlaceholder = "{token}";
    public const string ValuePlaceholder = "[redacted]";

    /// The text with every such value replaced; the rest (the page, the host, other parameters) kept.
    public static string Redact(string text) =>
        SecretParameter().Replace(PersonalLinkToken().Replace(text, TokenPlaceholder), ValuePlaceholder);

    public static bool NeedsRedaction(string text) => PersonalLinkToken().IsMatch(text) || SecretParameter().IsMatch(text);

    // A path segment after /s/, /r/, /w/ or /u/ (base64url, as LinkSigner writes it), or after /l/
    // (a short link's code, ShortLinks).
    [GeneratedRegex(@"(?<=/[srwul]/)[A-Za-z0-9_\-]+")]
    private static partial Regex PersonalLinkToken();

    [GeneratedRegex(@"(?<=[?&](?:access_token|appsecret_proof|hub\.verify_token|code)=)[^&#\s'""]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretParameter();
}
