using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.Common;

/// HSTS on the pages people open (the intake form, the personal pages): a browser that once
/// reached them over https never again asks for them over http, where a network in between could
/// answer instead. Sent only over https (RFC 6797 7.2): Kestrel's own TLS, or Azure's front end,
/// which ends TLS and says so in `X-Forwarded-Proto`. A client can send that header itself over
/// plain http, but browsers ignore HSTS that arrives over http (RFC 6797 8.1), so nothing is lost.
internal static class StrictTransportSecurity
{
    public const string Header = "Strict-Transport-Security";
    /// A year. No includeSubDomains: the hub does not own the subdomains of its host name.
    public const string Value = "max-age=31536000";

    public static void AddTo(HttpResponse response)
    {
        var request = response.HttpContext.Request;
        var proto = request.Headers["X-Forwarded-Proto"].ToString().Split(',')[^1].Trim();
        if (request.IsHttps || proto.Equals("https", StringComparison.OrdinalIgnoreCase)) response.Headers[Header] = Value;
    }
}
