using System.Text;
using AmtzaHaderech.Integrations.Common;
using Microsoft.AspNetCore.Http;

namespace AmtzaHaderech.Integrations.FollowUps.Pages;

/// A rendered page. The headers keep the personal link to this page: no referrer leaves it, no
/// cache keeps it, no search engine lists it, no script runs, no frame shows it, and over https
/// the browser is told to use nothing else.
public sealed record PageResponse(int StatusCode, string Html)
{
    /// Where a short link redirects (a 302 with no page).
    public string? Location { get; init; }

    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken = default)
    {
        response.StatusCode = StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        StrictTransportSecurity.AddTo(response);
        if (Location is not null) response.Headers.Location = Location;
        if (Html.Length > 0) await response.WriteAsync(Html, Encoding.UTF8, cancellationToken);
    }
}
