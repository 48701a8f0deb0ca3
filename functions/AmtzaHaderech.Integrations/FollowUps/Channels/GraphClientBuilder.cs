using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace AmtzaHaderech.Integrations.FollowUps.Channels;

/// A GraphServiceClient for the configured endpoint: Graph's own handlers (retry with
/// Retry-After, redirects) and a bearer token from the credential, sent to that host only.
public static class GraphClientBuilder
{
    public const string GraphScope = "https://graph.microsoft.com/.default";

    public static GraphServiceClient Create(GraphOptions options, TokenCredential? credential = null)
    {
        var baseUrl = new Uri(options.BaseUrl);
        credential ??= !string.IsNullOrWhiteSpace(options.ClientSecret)
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret)
            : new DefaultAzureCredential();
        var auth = new BaseBearerTokenAuthenticationProvider(new CredentialTokenProvider(credential, baseUrl.Host));
        return new GraphServiceClient(GraphClientFactory.Create(), auth, options.BaseUrl.TrimEnd('/'));
    }

    // Kiota's Azure provider refuses hosts other than Graph's (a fake on localhost gets no token);
    // this one sends the token to the one configured host and nowhere else.
    private sealed class CredentialTokenProvider(TokenCredential credential, string host) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

        public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            if (!AllowedHostsValidator.IsUrlHostValid(uri)) return "";
            var token = await credential.GetTokenAsync(new TokenRequestContext([GraphScope]), cancellationToken);
            return token.Token;
        }
    }
}
