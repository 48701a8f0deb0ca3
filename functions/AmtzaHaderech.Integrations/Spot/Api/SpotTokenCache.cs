using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// SPOT's access token (OAuth2 client credentials), shared by every request of the process and
/// renewed a little before it expires, or when SPOT answers 401 to it.
public sealed class SpotTokenCache(IOptions<SpotOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    /// A token to send. `rejected`: the token SPOT just answered 401 to; it is renewed unless
    /// another request renewed it meanwhile.
    public async Task<string> GetAsync(HttpClient http, string? rejected, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var settings = options.Value;
            if (_token is not null && _token != rejected && clock.GetUtcNow() < _expiresAt - settings.TokenRenewBefore) return _token;

            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ClientId,
                ["client_secret"] = settings.ClientSecret,
            };
            if (settings.Scope.Length > 0) form["scope"] = settings.Scope;
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.TokenUrl) { Content = new FormUrlEncodedContent(form) };
            // The token endpoint is not the service that asked for a pause: a token is ready when the pause ends.
            request.Options.Set(SpotThrottleGate.Bypass, true);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new SpotUnavailableException($"token: {(int)response.StatusCode} from SPOT's token endpoint",
                    SpotResponse.RetryAfterOf(response.Headers.RetryAfter, clock.GetUtcNow()));
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
            if (token?.AccessToken is not { Length: > 0 } accessToken)
                throw new SpotUnavailableException("token: SPOT's token endpoint answered without an access_token");
            _token = accessToken;
            _expiresAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 0));
            return accessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
